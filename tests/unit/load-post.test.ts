import { describe, expect, it } from "vitest";
import { loadPost, type LoadPostResult } from "@/lib/content/load-post";
import { postBody } from "@/lib/content/post-body";
import { EUC_KR_POST } from "../helpers/euc-kr-post";

const MTIME = new Date("2026-01-02T03:04:05Z");

function load(relativePath: string, content: string | Uint8Array): LoadPostResult {
  return loadPost({
    relativePath,
    bytes: typeof content === "string" ? new TextEncoder().encode(content) : content,
    siteOrigin: "https://news.example.kr",
    fallbackDate: () => ({ date: MTIME, source: "mtime" }),
  });
}

function post(relativePath: string, content: string) {
  const result = load(relativePath, content);
  if (result.kind !== "post") throw new Error(JSON.stringify(result.problems));
  return result;
}

function errors(relativePath: string, content: string | Uint8Array) {
  const result = load(relativePath, content);
  expect(result.kind).toBe("invalid");
  return result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

describe("loadPost: front matter", () => {
  it("reads a seed-style post with categories, tags and a Jekyll date", () => {
    const { post: p } = post(
      "a.txt",
      "---\ntitle: 국방교류 재개\ncategories:\n  - News\ntags: 국방, 외교\ndate: 2024-06-03 09:30:00 +0900\nexcerpt: >\n  요약문\n---\n<p>본문</p>\n",
    );
    expect(p).toMatchObject({
      title: "국방교류 재개",
      slug: "a",
      categories: [{ name: "News", slug: "news" }],
      tags: ["국방", "외교"],
      excerpt: "요약문",
      dateSource: "front-matter",
      format: "html",
    });
    expect(postBody(p).html).toBe("<p>본문</p>");
    expect(p.date.toISOString()).toBe("2024-06-03T00:30:00.000Z");
  });

  it("accepts one category as a string and a UTF-8 byte-order mark with CRLF line ends", () => {
    const bytes = new TextEncoder().encode(
      "\uFEFF---\r\ntitle: 윈도 메모장\r\ncategories: 경제\r\ndate: 2024-01-01\r\n---\r\n<p>줄</p>\r\n",
    );
    const result = load("bom.html", bytes);
    expect(result.kind).toBe("post");
    if (result.kind === "post") {
      expect(result.post.title).toBe("윈도 메모장");
      expect(result.post.categories).toEqual([{ name: "경제", slug: "경제" }]);
    }
  });

  it("takes the date from a Jekyll file name, the slug without its prefix", () => {
    const { post: p } = post("2024-05-01-봄-소식.html", "---\ntitle: 봄\n---\n<p>x</p>");
    expect(p.slug).toBe("봄-소식");
    expect(p.dateSource).toBe("file-name");
    expect(p.date.toISOString()).toBe("2024-04-30T15:00:00.000Z");
  });

  it("falls back to the file's time with a warning when there is no date at all", () => {
    const result = post("undated.html", "---\ntitle: 날짜 없음\n---\n<p>x</p>");
    expect(result.post.date).toEqual(MTIME);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining('no "date"'),
      }),
    );
  });

  it("uses a front matter slug, normalized to NFC and lower case", () => {
    const { post: p } = post(
      "x.html",
      `---\ntitle: t\nslug: "${"Hello 한글".normalize("NFD")}"\n---\n`,
    );
    expect(p.slug).toBe("hello-한글");
  });

  it("renders Markdown bodies with GFM tables and raw HTML, then sanitizes them", () => {
    const { post: p } = post(
      "m.md",
      '---\ntitle: md\ndate: 2024-01-01\n---\n## 제목\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<span style="color: #ee2323">빨강</span> <script>x()</script>\n',
    );
    expect(p.format).toBe("markdown");
    expect(postBody(p).html).toContain('<h2 id="제목">제목</h2>');
    expect(postBody(p).html).toContain("<td>1</td>");
    expect(postBody(p).html).toContain('<span style="color:#ee2323">빨강</span>');
    expect(postBody(p).html).not.toContain("script");
  });

  it("notices when the feature image already opens the body, so the page shows it once", () => {
    const withImage = post(
      "i.html",
      '---\ntitle: i\ndate: 2024-01-01\nimage: https://img.example.com/a.jpg?w=1&h=2\n---\n<p><img src="https://img.example.com/a.jpg?w=1&h=2" alt=""></p>',
    );
    expect(withImage.post.imageInBody).toBe(true);
    const elsewhere = post(
      "j.html",
      "---\ntitle: j\ndate: 2024-01-01\nimage: /images/b.jpg\n---\n<p>글</p>",
    );
    expect(elsewhere.post.imageInBody).toBe(false);
  });

  it("reads draft: true", () => {
    expect(post("d.html", "---\ntitle: d\ndraft: true\ndate: 2024-01-01\n---\n").post.draft).toBe(
      true,
    );
  });

  it("warns about unknown keys but keeps the post", () => {
    const result = post("u.html", "---\ntitle: u\ndate: 2024-01-01\nlayout: post\n---\n");
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        line: 4,
        severity: "warning",
        message: "unknown front matter keys ignored: layout",
      }),
    );
  });
});

describe("loadPost: bad files name their line", () => {
  it("reports a YAML syntax error at its line", () => {
    const [message] = errors(
      "bad.html",
      "---\ntitle: 좋음\ncategories: [News\ndate: 2024-01-01\n---\n",
    );
    expect(message).toMatch(/^bad\.html:(3|4): YAML syntax error/);
  });

  it("reports a missing title", () => {
    expect(errors("t.html", "---\ncategories: [News]\n---\n")).toEqual([
      't.html:1: "title" is required and must be text',
    ]);
  });

  it("reports a field of the wrong type on the field's line", () => {
    expect(errors("w.html", "---\ntitle: 제목\ntags:\n  nested: map\n---\n")).toEqual([
      'w.html:3: "tags" must be a list of names or one name',
    ]);
    expect(errors("w2.html", "---\ntitle: 제목\n\ndraft: yes please\n---\n")).toEqual([
      'w2.html:4: "draft" must be true or false',
    ]);
  });

  it("reports a date that cannot be read on its line", () => {
    expect(errors("d.html", "---\ntitle: 제목\ndate: 2024-13-45\n---\n")).toEqual([
      'd.html:3: "date": impossible date "2024-13-45": no such day in the calendar',
    ]);
  });

  it("reports front matter that is never closed", () => {
    expect(errors("open.html", "---\ntitle: 제목\n<p>본문</p>\n")).toEqual([
      'open.html:1: front matter opened with "---" on line 1 is never closed',
    ]);
  });

  it("reports a file that is not UTF-8, naming the likely Korean encoding", () => {
    const [message] = errors("legacy.html", EUC_KR_POST);
    expect(message).toContain("legacy.html:1: file is not UTF-8");
  });

  it("refuses an image whose scheme could run code", () => {
    expect(errors("i.html", "---\ntitle: 제목\nimage: javascript:alert(1)\n---\n")).toEqual([
      'i.html:3: "image" must be an http(s) URL or a site path starting with "/"',
    ]);
    expect(
      load("ok.html", "---\ntitle: t\ndate: 2024-01-01\nimage: /images/a.jpg\n---\n").kind,
    ).toBe("post");
  });

  it("skips files without front matter and empty files with a warning, never an error", () => {
    for (const content of ["그냥 메모입니다.", "   \n"]) {
      const result = load("note.txt", content);
      expect(result.kind).toBe("skipped");
      expect(result.problems[0]?.severity).toBe("warning");
    }
  });
});
