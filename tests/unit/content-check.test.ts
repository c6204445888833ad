import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent, formatReport } from "@/lib/content/check-content";
import { formatProblem } from "@/lib/content/format-problems";
import { EUC_KR_POST } from "../helpers/euc-kr-post";
import { makeContentFolder } from "../helpers/temp-content";

const good = (title: string, extra = "") =>
  `---\ntitle: ${title}\ndate: 2024-01-01\nexcerpt: 요약\nimage: https://img.example.com/a.jpg\n${extra}---\n<p>${title}</p>\n`;

async function report(files: Record<string, string | Uint8Array>, publicFiles: string[] = []) {
  const root = makeContentFolder(files);
  const publicDir = makeContentFolder(Object.fromEntries(publicFiles.map((f) => [f, "x"])));
  return checkContent(root, "https://news.example.kr", publicDir);
}

async function lines(
  files: Record<string, string | Uint8Array>,
  publicFiles: string[] = [],
): Promise<string[]> {
  return (await report(files, publicFiles)).problems.map(formatProblem);
}

describe("content check: errors", () => {
  it("names file, line and column of a YAML syntax error", async () => {
    expect(
      await lines({ "a.html": "---\ntitle: 제목\ntags: [하나, 둘\nexcerpt: x\n---\n" }),
    ).toEqual([expect.stringMatching(/^a\.html:[34]:\d+: error: YAML syntax error: /)]);
  });

  it("reports front matter that is never closed", async () => {
    expect(await lines({ "a.html": "---\ntitle: 제목\n<p>본문</p>\n" })).toEqual([
      'a.html:1:1: error: front matter opened with "---" on line 1 is never closed',
    ]);
  });

  it("reports a missing or non-string title, wrong list types and an impossible date", async () => {
    expect(
      await lines({
        "no-title.html": "---\nexcerpt: 요약\n---\n",
        "list-title.html": "---\ntitle:\n  - 하나\n---\n",
        "bad-lists.html": "---\ntitle: t\ncategories:\n  a: b\ntags: 3\n---\n",
        "bad-date.html": "---\ntitle: t\ndate: 2024-13-45\n---\n",
      }),
    ).toEqual([
      'bad-date.html:3:1: error: "date": impossible date "2024-13-45": no such day in the calendar',
      'bad-lists.html:3:1: error: "categories" must be a list of names or one name',
      'bad-lists.html:5:1: error: "tags" must be a list of names or one name',
      'list-title.html:2:1: error: "title" is required and must be text',
      'no-title.html:1:1: error: "title" is required and must be text',
    ]);
  });

  it("names both files of a duplicate slug", async () => {
    expect(
      (await lines({ "a/same.html": good("하나"), "b/same.md": good("둘") })).filter((l) =>
        l.includes("error"),
      ),
    ).toEqual([
      'b/same.md:1:1: error: slug "same" is already used by a/same.html: give one of them another "slug"',
    ]);
  });

  it("says which encoding a non-UTF-8 file looks like", async () => {
    const [line] = await lines({ "legacy.html": EUC_KR_POST });
    expect(line).toMatch(
      /^legacy\.html:1:1: error: file is not UTF-8; it looks like EUC-KR\/CP949/,
    );
  });

  it("refuses an image with a scheme other than http(s) or a site path", async () => {
    expect(
      await lines({
        "a.html": good("t").replace("https://img.example.com/a.jpg", "data:image/png;base64,AAAA"),
      }),
    ).toEqual([
      'a.html:5:1: error: "image" must be an http(s) URL or a site path starting with "/"',
    ]);
  });

  it("finds links to articles that do not exist, at their line", async () => {
    const body =
      '<p>앞 문단</p>\n<p><a href="/articles/exists">있음</a> <a href="/articles/missing">없음</a></p>\n';
    expect(
      await lines({
        "exists.html": good("있는 글"),
        "linker.html": good("링크").replace("<p>링크</p>\n", body),
      }),
    ).toEqual(["linker.html:8:47: error: link to /articles/missing: no article has that slug"]);
  });

  it("finds site-path images missing from public/", async () => {
    const post = good("그림")
      .replace("https://img.example.com/a.jpg", "/images/hero.jpg")
      .replace(
        "<p>그림</p>",
        '<p><img src="/images/here.jpg" alt=""><img src="/images/gone.jpg" alt=""></p>',
      );
    expect(await lines({ "pic.html": post }, ["images/here.jpg"])).toEqual([
      "pic.html:5:8: error: image /images/hero.jpg is not in public/: add the file or fix the path",
      "pic.html:7:49: error: image /images/gone.jpg is not in public/: add the file or fix the path",
    ]);
  });
});

describe("content check: warnings", () => {
  it("warns about empty files and post-like files without front matter", async () => {
    expect(await lines({ "empty.html": "", "note.txt": "편집 메모" })).toEqual([
      "empty.html:1:1: warning: empty file: not published",
      'note.txt:1:1: warning: no front matter ("---" on the first line): file is not published',
    ]);
  });

  it("warns about a missing date, excerpt and image", async () => {
    expect(await lines({ "bare.html": "---\ntitle: 맨몸\n---\n<p>본문</p>\n" })).toEqual([
      'bare.html:1:1: warning: no "date": using the file\'s modification time, which changes on every checkout',
      'bare.html:1:1: warning: no "excerpt": lists and search engines get the first lines of the body',
      'bare.html:1:1: warning: no "image": the article is shared with a generated picture',
    ]);
  });

  it("warns about categories that differ only in case, unknown keys and what the sanitizer removed", async () => {
    expect(
      await lines({
        "a.html": good("에이", "categories: [News]\nlayout: post\npermalink: /x\n"),
        "b.html": good("비", "categories: [news]\n").replace(
          "<p>비</p>",
          '<p data-ke-size="size16" onclick="x()">비</p><script>x()</script>',
        ),
      }),
    ).toEqual([
      'a.html:6:1: warning: category "News" differs only in case from another spelling ("News", "news"): they are shown as one category',
      "a.html:7:1: warning: unknown front matter keys ignored: layout, permalink",
      'b.html:6:1: warning: category "news" differs only in case from another spelling ("News", "news"): they are shown as one category',
      "b.html:8:1: warning: sanitizer removed attribute data-ke-size on <p> ×1, event handler onclick on <p> ×1, <script> with its content ×1",
    ]);
  });
});

describe("content check: report", () => {
  it("counts files, posts, errors and warnings and ends with a summary line", async () => {
    const result = await report({ "ok.html": good("좋음"), "bad.html": "---\ntitle: [\n---\n" });
    expect(result).toMatchObject({ files: 2, posts: 1, errors: 1, warnings: 0 });
    expect(formatReport(result).split("\n").at(-1)).toBe("2 files, 1 posts: 1 errors, 0 warnings");
  });

  it("passes the bundled sample content with no errors", async () => {
    const root = path.resolve("content");
    const result = await checkContent(root, "https://news.example.kr", path.resolve("public"));
    expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(result.posts).toBeGreaterThanOrEqual(12);
    expect(fs.existsSync(root)).toBe(true);
  });
});
