import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeContentFolder } from "../helpers/temp-content";

const post = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\n<p>${title}</p>\n`;

async function freshStore(contentDir: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", contentDir);
  vi.stubEnv("CONTENT_RESCAN_SECONDS", "0");
  vi.stubEnv("NODE_ENV", "production");
  delete (globalThis as { __newsContentStore?: unknown }).__newsContentStore;
  return import("@/lib/content/content-store");
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete (globalThis as { __newsContentStore?: unknown }).__newsContentStore;
});

describe("the content store of a running server", () => {
  it("keeps the same index object while the folder is unchanged, so derived data is reused", async () => {
    const dir = makeContentFolder({ "a.html": post("에이") });
    const store = await freshStore(dir);
    const first = store.getContentIndex();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getContentIndex()).toBe(first);
  });

  it("sees an added, a changed and a deleted file on the next rescan", async () => {
    const dir = makeContentFolder({ "a.html": post("에이"), "b.html": post("비") });
    const store = await freshStore(dir);
    expect(
      store
        .getContentIndex()
        .posts.map((p) => p.title)
        .sort(),
    ).toEqual(["비", "에이"]);
    fs.writeFileSync(path.join(dir, "c.html"), post("씨"));
    fs.writeFileSync(path.join(dir, "a.html"), post("고친 에이"));
    fs.rmSync(path.join(dir, "b.html"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      store
        .getContentIndex()
        .posts.map((p) => p.title)
        .sort(),
    ).toEqual(["고친 에이", "씨"]);
  });

  it("skips a broken file, logs its error once, and keeps serving the others", async () => {
    const dir = makeContentFolder({ "a.html": post("에이") });
    const store = await freshStore(dir);
    store.getContentIndex();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    fs.writeFileSync(path.join(dir, "broken.html"), "---\ntitle: [\n---\n");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getContentIndex().posts.map((p) => p.title)).toEqual(["에이"]);
    store.getContentIndex();
    expect(log).toHaveBeenCalledTimes(1);
    expect(String(log.mock.calls[0]?.[0])).toMatch(
      /^\[content\] broken\.html:2:\d+: error: YAML syntax error/,
    );
    log.mockRestore();
  });
});

describe("search on a running server", () => {
  it("answers a repeated search from memory, and from the new content once it changes", async () => {
    const dir = makeContentFolder({ "a.html": post("국방 예산") });
    await freshStore(dir);
    delete (globalThis as { __newsSearchResults?: unknown }).__newsSearchResults;
    delete (globalThis as { __newsSearchIndex?: unknown }).__newsSearchIndex;
    const { searchPosts } = await import("@/lib/search/search");
    const first = searchPosts("국방");
    expect(first.hits.map((hit) => hit.post.title)).toEqual(["국방 예산"]);
    // Same content: the very same answer object, not a new search.
    expect(searchPosts("국방")).toBe(first);
    fs.writeFileSync(
      path.join(dir, "b.html"),
      post("국방 협력").replace("2024-01-01", "2024-02-01"),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(searchPosts("국방").hits.map((hit) => hit.post.title)).toEqual([
      "국방 협력",
      "국방 예산",
    ]);
  });

  it("shows a scheduled post in results once its time comes, without a content change", async () => {
    const dir = makeContentFolder({
      "a.html": post("국방 예산"),
      "later.html": post("국방 개편").replace("2024-01-01", "2030-01-01"),
    });
    await freshStore(dir);
    delete (globalThis as { __newsSearchResults?: unknown }).__newsSearchResults;
    delete (globalThis as { __newsSearchIndex?: unknown }).__newsSearchIndex;
    const { searchPosts } = await import("@/lib/search/search");
    expect(searchPosts("국방", 1, new Date("2029-12-31")).totalHits).toBe(1);
    expect(searchPosts("국방", 1, new Date("2030-01-02")).totalHits).toBe(2);
  });
});
