import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/build-content-index";
import { publishedView } from "@/lib/content/published-view";
import { scanContentFolder } from "@/lib/content/scan-content-folder";
import { makeContentFolder } from "../helpers/temp-content";

const post = (title: string, extra: string) =>
  `---\ntitle: ${title}\n${extra}---\n<p>${title}</p>\n`;

function indexOf(files: Record<string, string>) {
  const root = makeContentFolder(files);
  return buildContentIndex(root, scanContentFolder(root), "https://news.example.kr");
}

describe("publishedView", () => {
  const index = indexOf({
    "old.html": post("old", "date: 2026-01-01\ncategories: [경제, News]\n"),
    "new.html": post("new", "date: 2026-03-01\ncategories: [경제]\n"),
    "draft.html": post("draft", "date: 2026-02-01\ncategories: [사회]\ndraft: true\n"),
    "later.html": post("later", "date: 2026-06-01 09:00:00 +0900\ncategories: [사회]\n"),
  });
  const before = new Date("2026-05-01T00:00:00Z");

  it("lists published posts newest first, by category, with counts biggest first", () => {
    const view = publishedView(index, before);
    expect(view.posts.map((p) => p.slug)).toEqual(["new", "old"]);
    expect(view.byCategory.get("경제")?.map((p) => p.slug)).toEqual(["new", "old"]);
    expect(view.byCategory.has("사회")).toBe(false);
    expect(view.categories.map((c) => [c.name, c.count])).toEqual([
      ["경제", 2],
      ["News", 1],
    ]);
  });

  it("is computed once and reused until a scheduled post's time arrives", () => {
    const first = publishedView(index, before);
    expect(publishedView(index, new Date("2026-05-31T23:59:00Z"))).toBe(first);
    const after = publishedView(index, new Date("2026-06-01T00:00:00Z"));
    expect(after).not.toBe(first);
    expect(after.posts.map((p) => p.slug)).toEqual(["later", "new", "old"]);
    expect(after.categories.map((c) => c.name)).toContain("사회");
  });

  it("answers correctly for an earlier time too, never from a later view", () => {
    publishedView(index, new Date("2026-07-01T00:00:00Z"));
    expect(publishedView(index, new Date("2026-02-01T00:00:00Z")).posts.map((p) => p.slug)).toEqual(
      ["old"],
    );
  });
});
