import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { buildContentIndex, type LoadCache } from "@/lib/content/build-content-index";
import { checkContent } from "@/lib/content/check-content";
import {
  LoadCacheWriter,
  readLoadCacheFile,
  writeLoadCacheFile,
} from "@/lib/content/load-cache-file";
import { loadPostsInParallel } from "@/lib/content/load-posts-parallel";
import { postBody } from "@/lib/content/post-body";
import type { Post } from "@/lib/content/types";
import { scanContentFolder } from "@/lib/content/scan-content-folder";
import { makeContentFolder } from "../helpers/temp-content";

const ORIGIN = "https://news.example.kr";

function corpus(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `2026/post-${i}.html`,
      `---\ntitle: 기사 ${i}\ndate: 2026-01-01\ncategories: [News]\n---\n<p onclick="x()">본문 ${i}</p><script>x()</script>\n`,
    ]),
  );
}

const tempCacheFile = () =>
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), "news-cache-")), "c.v8");

/** A cache file with one entry, a file that was skipped: enough to test whether it is read. */
function writeOneSkippedFile(file: string): void {
  writeLoadCacheFile(
    new Map([["a.html", { key: "1:1", result: { kind: "skipped", problems: [] } }]]),
    ORIGIN,
    file,
  );
}

describe("loading posts on every core", () => {
  it("gives exactly what loading one by one gives", async () => {
    const root = makeContentFolder(corpus(900));
    const files = scanContentFolder(root);
    const parallel: LoadCache = new Map();
    await loadPostsInParallel({ root, files, siteOrigin: ORIGIN }, parallel);
    expect(parallel.size).toBe(900);
    const serial: LoadCache = new Map();
    buildContentIndex(root, files, ORIGIN, serial);
    expect([...parallel.entries()].sort()).toEqual([...serial.entries()].sort());
  }, 60_000);
});

describe("the content check on a large folder", () => {
  it("writes bodies to the cache file as it loads them, keeping only their places", async () => {
    const root = makeContentFolder(corpus(900));
    const file = tempCacheFile();
    const writer = new LoadCacheWriter(file);
    const cache: LoadCache = new Map();
    const report = await checkContent(root, ORIGIN, root, cache, writer.store);
    expect(report.posts).toBe(900);
    const posts = [...cache.values()].flatMap((e) =>
      e.result.kind === "post" ? [e.result.post] : [],
    );
    expect(posts).toHaveLength(900);
    expect(posts.every((post) => post.body.kind === "packed")).toBe(true);
    writer.finish(cache, ORIGIN);
    const restored = buildContentIndex(
      root,
      scanContentFolder(root),
      ORIGIN,
      readLoadCacheFile(ORIGIN, file),
    );
    expect(postBody(restored.bySlug.get("post-899")!).html).toBe("<p>본문 899</p>");
  }, 60_000);
});

describe("the load cache file", () => {
  it("round-trips loaded posts, Dates included, and is reused by the index", () => {
    const root = makeContentFolder(corpus(3));
    const files = scanContentFolder(root);
    const cache: LoadCache = new Map();
    const index = buildContentIndex(root, files, ORIGIN, cache);
    const file = tempCacheFile();
    writeLoadCacheFile(cache, ORIGIN, file);

    const restored = readLoadCacheFile(ORIGIN, file);
    expect(restored.size).toBe(3);
    const fromCache = buildContentIndex(root, files, ORIGIN, restored);
    const withBodies = (posts: Post[]) => posts.map((post) => ({ ...post, body: postBody(post) }));
    expect(withBodies(fromCache.posts)).toEqual(withBodies(index.posts));
    expect(fromCache.posts[0]?.date).toBeInstanceOf(Date);
  });

  it("keeps bodies on disk, read when asked, even after the file is replaced", () => {
    const root = makeContentFolder(corpus(3));
    const files = scanContentFolder(root);
    const cache: LoadCache = new Map();
    buildContentIndex(root, files, ORIGIN, cache);
    const file = tempCacheFile();
    writeLoadCacheFile(cache, ORIGIN, file);
    const index = buildContentIndex(root, files, ORIGIN, readLoadCacheFile(ORIGIN, file));
    const post = index.bySlug.get("post-1")!;
    // In memory: where the body is, not the body.
    expect(post.body.kind).toBe("packed");
    expect(JSON.stringify(post)).not.toContain("</p>");
    expect(postBody(post).html).toBe("<p>본문 1</p>");
    // A later build or content check replaces the file; this process still reads its own.
    writeLoadCacheFile(new Map(), ORIGIN, file);
    expect(postBody(post).text).toBe("본문 1");
    expect(postBody(index.bySlug.get("post-2")!).html).toBe("<p>본문 2</p>");
  });

  it("is ignored when it was made for another site, or is missing or damaged", () => {
    const file = tempCacheFile();
    writeOneSkippedFile(file);
    expect(readLoadCacheFile("https://other.example", file).size).toBe(0);
    expect(readLoadCacheFile(ORIGIN, path.join(path.dirname(file), "missing.v8")).size).toBe(0);
    fs.writeFileSync(file, "not a cache");
    expect(readLoadCacheFile(ORIGIN, file).size).toBe(0);
  });

  it("re-reads a file whose size or modification time changed", () => {
    const root = makeContentFolder(corpus(2));
    const cache: LoadCache = new Map();
    buildContentIndex(root, scanContentFolder(root), ORIGIN, cache);
    fs.writeFileSync(
      path.join(root, "2026/post-0.html"),
      "---\ntitle: 고친 기사\ndate: 2026-01-01\n---\n<p>x</p>\n",
    );
    const index = buildContentIndex(root, scanContentFolder(root), ORIGIN, cache);
    expect(index.bySlug.get("post-0")?.title).toBe("고친 기사");
  });
});

describe("the load cache file and the sanitizing policy", () => {
  it("is not read by code with another allowlist", async () => {
    const file = tempCacheFile();
    writeOneSkippedFile(file);
    vi.resetModules();
    vi.doMock("@/lib/content/sanitize-policy", async (original) => {
      const policy = await original<typeof import("@/lib/content/sanitize-policy")>();
      return { ...policy, ALLOWED_TAGS: [...policy.ALLOWED_TAGS, "iframe"] };
    });
    const changed = await import("@/lib/content/load-cache-file");
    expect(changed.readLoadCacheFile(ORIGIN, file).size).toBe(0);
    vi.doUnmock("@/lib/content/sanitize-policy");
    vi.resetModules();
    const same = await import("@/lib/content/load-cache-file");
    expect(same.readLoadCacheFile(ORIGIN, file).size).toBe(1);
  });
});
