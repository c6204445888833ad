import { describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/build-content-index";
import { checkContent } from "@/lib/content/check-content";
import { isPublished } from "@/lib/content/publish-rule";
import { scanContentFolder } from "@/lib/content/scan-content-folder";
import { makeContentFolder } from "../helpers/temp-content";

const post = (title: string, extra = "") => `---\ntitle: ${title}\n${extra}---\n<p>${title}</p>\n`;

function index(files: Record<string, string | Uint8Array>) {
  const root = makeContentFolder(files);
  return buildContentIndex(root, scanContentFolder(root), "https://news.example.kr");
}

describe("buildContentIndex", () => {
  it("finds posts recursively, by extension, and ignores other files", () => {
    const result = index({
      "a.html": post("에이", "date: 2024-01-01\n"),
      "sub/deeper/b.md": post("비", "date: 2024-01-02\n"),
      "c.htm": post("씨", "date: 2024-01-03\n"),
      "d.markdown": post("디", "date: 2024-01-04\n"),
      "e.txt": post("이", "date: 2024-01-05\n"),
      "notes.json": '{"title": "not a post"}',
      "photo.jpg": "binary",
      "README.txt": "편집자 메모",
    });
    expect(result.posts.map((p) => p.slug)).toEqual(["e", "d", "c", "b", "a"]);
    expect(result.problems.filter((p) => p.message.includes("front matter"))).toEqual([
      expect.objectContaining({ file: "README.txt", severity: "warning" }),
    ]);
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("treats News and news as one category named by the spelling most posts use", () => {
    const result = index({
      "a.html": post("a", "date: 2024-01-01\ncategories: [News]\n"),
      "b.html": post("b", "date: 2024-01-02\ncategories: [news]\n"),
      "c.html": post("c", "date: 2024-01-03\ncategories: [News]\n"),
    });
    expect([...result.categories.values()]).toEqual([{ name: "News", slug: "news" }]);
    expect(result.posts.every((p) => p.categories[0]?.name === "News")).toBe(true);
  });

  it("reports two posts with one slug as an error naming both files, and keeps the first", () => {
    const result = index({
      "2024-01-01-same.html": post("첫째"),
      "other/same.md": post("둘째", "date: 2024-02-01\n"),
    });
    const error = result.problems.find((p) => p.severity === "error");
    expect(error?.file).toBe("other/same.md");
    expect(error?.message).toContain("2024-01-01-same.html");
    expect(result.posts.map((p) => p.title)).toEqual(["첫째"]);
  });

  it("skips a broken file but keeps every other post", () => {
    const result = index({
      "good.html": post("좋은 글", "date: 2024-01-01\n"),
      "bad.html": "---\ntitle: [broken\n---\n",
    });
    expect(result.posts.map((p) => p.title)).toEqual(["좋은 글"]);
    expect(result.problems.some((p) => p.file === "bad.html" && p.severity === "error")).toBe(true);
  });

  it("matches NFD file names to NFC slugs", () => {
    const result = index({
      [`${"국방교류".normalize("NFD")}.html`]: post("t", "date: 2024-01-01\n"),
    });
    expect(result.bySlug.has("국방교류")).toBe(true);
  });
});

describe("isPublished", () => {
  const now = new Date("2026-06-01T00:00:00Z");
  it("hides drafts and future posts in production and shows them in preview", () => {
    const past = new Date("2026-05-01T00:00:00Z");
    const future = new Date("2026-07-01T00:00:00Z");
    expect(isPublished({ draft: false, date: past }, now, false)).toBe(true);
    expect(isPublished({ draft: true, date: past }, now, false)).toBe(false);
    expect(isPublished({ draft: false, date: future }, now, false)).toBe(false);
    expect(isPublished({ draft: true, date: future }, now, true)).toBe(true);
  });
});

describe("checkContent", () => {
  it("lists every problem of every file at once, sorted, with counts", async () => {
    const root = makeContentFolder({
      "b.html": "---\ncategories: [x]\n---\n",
      "a.html": "---\ntitle: a\ndate: 2024-02-30\n---\n",
      "ok.html": post("ok", "date: 2024-01-01\n"),
    });
    const report = await checkContent(root);
    const errors = report.problems.filter((p) => p.severity === "error");
    expect(errors.map((p) => `${p.file}:${p.line}`)).toEqual(["a.html:3", "b.html:1"]);
    expect(report).toMatchObject({ files: 3, posts: 1, errors: 2 });
  });
});
