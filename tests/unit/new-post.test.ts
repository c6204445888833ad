import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "@/lib/content/check-content";
import { loadPost } from "@/lib/content/load-post";
import { buildNewPost } from "@/lib/content/new-post";
import { makeContentFolder } from "../helpers/temp-content";

describe("buildNewPost", () => {
  const now = new Date("2026-11-24T17:05:09Z"); // 25 Nov, 02:05 in Seoul

  it("dates the post now in Seoul and takes the slug from the title, Korean kept", () => {
    const post = buildNewPost({ title: "반도체 수출, 다시 늘었다", categories: ["경제"], now });
    expect(post.fileName).toBe("2026-11-25-반도체-수출-다시-늘었다.html");
    expect(post.slug).toBe("반도체-수출-다시-늘었다");
    expect(post.text).toContain("date: 2026-11-25 02:05:09 +0900\n");
  });

  it("writes front matter the loader accepts, as a draft, with awkward titles quoted", () => {
    const title = '속보: "깜짝" 실적 #1 — 50% 증가';
    const post = buildNewPost({ title, categories: ["경제", "News"], now });
    const result = loadPost({
      relativePath: post.fileName,
      bytes: new TextEncoder().encode(post.text),
      siteOrigin: "https://news.example.kr",
      fallbackDate: () => ({ date: now, source: "mtime" }),
    });
    expect(result.kind).toBe("post");
    if (result.kind !== "post") return;
    expect(result.post).toMatchObject({
      title,
      draft: true,
      categories: [
        { name: "경제", slug: "경제" },
        { name: "News", slug: "news" },
      ],
    });
    expect(result.post.date).toEqual(now);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("refuses a title that gives no URL", () => {
    expect(() => buildNewPost({ title: "!!!", categories: [], now })).toThrow(/no URL/);
    expect(() => buildNewPost({ title: "  ", categories: [], now })).toThrow(/title is required/);
  });
});

describe("npm run new", () => {
  it("writes the file into CONTENT_DIR, prints its path and URL, and the check passes", async () => {
    const root = makeContentFolder({});
    const output = execFileSync(
      process.execPath,
      ["--import", "tsx", "scripts/new-post.ts", "지역 축제 개막", "--category", "문화"],
      {
        env: { ...process.env, CONTENT_DIR: root, SITE_URL: "https://news.example.kr" },
        encoding: "utf8",
      },
    );
    const [file] = fs.readdirSync(root);
    expect(file).toMatch(/^\d{4}-\d{2}-\d{2}-지역-축제-개막\.html$/);
    expect(output).toContain(path.join(path.relative(process.cwd(), root), file!));
    expect(output).toContain(
      `https://news.example.kr/articles/${encodeURIComponent("지역-축제-개막")}`,
    );
    const report = await checkContent(root);
    expect(report.errors).toBe(0);
    expect(report.posts).toBe(1);
  });
});
