import { describe, expect, it } from "vitest";
import { articleLinks, fetchPage, titleOf } from "./fetch-page";

// The fixture site: 16+ published posts (newest: seed-style article, Korean slug, Markdown,
// then 12 briefings, then older ones such as the special-characters post), 5 a page; one draft
// and one scheduled post that must never show.

describe("front page and pagination", () => {
  it("lists the newest posts first, five to a page, lead story first", async () => {
    const page = await fetchPage("/");
    expect(page.status).toBe(200);
    expect(titleOf(page.body)).toBe("테스트뉴스");
    // The lead and the top stories come first; the category sections follow them.
    expect(articleLinks(page.body).slice(0, 5)).toEqual([
      "/articles/seed-style-article",
      "/articles/한글-주소-기사",
      "/articles/markdown-post",
      "/articles/briefing-12",
      "/articles/briefing-11",
    ]);
    expect(page.body).toContain('<html lang="ko"');
  });

  it("serves /page/2 and /page/3 and answers 404 past the last page", async () => {
    const second = await fetchPage("/page/2");
    expect(second.status).toBe(200);
    expect(articleLinks(second.body)[0]).toBe("/articles/briefing-10");
    expect(titleOf(second.body)).toBe("최신 뉴스 2쪽 | 테스트뉴스");
    const third = await fetchPage("/page/3");
    expect(articleLinks(third.body)).toEqual([
      "/articles/briefing-05",
      "/articles/briefing-04",
      "/articles/briefing-03",
      "/articles/briefing-02",
      "/articles/briefing-01",
    ]);
    // Page 4 holds the oldest posts, among them the one with XML/HTML special characters.
    expect(articleLinks((await fetchPage("/page/4")).body)).toContain(
      "/articles/special-characters",
    );
    expect((await fetchPage("/page/5")).status).toBe(404);
  });

  it("redirects /page/1 to the front page with 308", async () => {
    const page = await fetchPage("/page/1");
    expect(page.status).toBe(308);
    expect(page.headers.get("location")).toBe("/");
  });

  it("never lists drafts or scheduled posts, and answers 404 for them", async () => {
    const all = (await Promise.all(["/", "/page/2", "/page/3"].map((path) => fetchPage(path))))
      .map((p) => p.body)
      .join("");
    expect(all).not.toContain("초안");
    expect(all).not.toContain("예약된 미래 기사");
    expect((await fetchPage("/articles/draft-post")).status).toBe(404);
    expect((await fetchPage("/articles/scheduled-post")).status).toBe(404);
  });
});

describe("article page", () => {
  it("shows headline, category link, Korean date, image and the sanitized body", async () => {
    const page = await fetchPage("/articles/seed-style-article");
    expect(page.status).toBe(200);
    expect(titleOf(page.body)).toBe("지역 도서관 야간 개관 확대 소식! | 테스트뉴스");
    expect(page.body).toMatch(/<h1[^>]*>지역 도서관 야간 개관 확대 소식!<\/h1>/);
    expect(page.body).toContain('href="/category/news"');
    expect(page.body).toContain(
      '<time dateTime="2026-11-20T09:30:00+09:00">2026년 11월 20일 09:30</time>',
    );
    expect(page.body).toContain('<span style="color:#ee2323">');
    expect(page.body).toContain('<span style="background-color:#21538527">평생 학습 환경</span>');
    expect(page.body).toContain('<th style="text-align:center">구분</th>');
    expect(page.body).toContain('src="https://images.example.com/library.jpg"');
    expect(page.body).toContain("#도서관");
  });

  it("keeps no editor attribute, script, handler or javascript: link in the page", async () => {
    const { body } = await fetchPage("/articles/seed-style-article");
    expect(body).not.toContain("data-ke-size");
    expect(body).not.toContain("dofollow");
    expect(body).not.toContain('alert("xss")');
    expect(body).not.toContain("onclick");
    expect(body).not.toContain("javascript:");
    expect(body).toContain("클릭 핸들러는 지워져야 합니다.");
    expect(body).toContain('<a href="https://news.example.org" rel="noopener noreferrer">');
  });

  it("renders a Markdown post with its table and colour span", async () => {
    const { status, body } = await fetchPage("/articles/markdown-post");
    expect(status).toBe(200);
    expect(body).toContain("<td>속도</td>");
    expect(body).toContain('<span style="color:#1a5490">파란 강조</span>');
  });

  it("serves a Korean slug percent-encoded, as browsers send it", async () => {
    const page = await fetchPage(`/articles/${encodeURIComponent("한글-주소-기사")}`);
    expect(page.status).toBe(200);
    expect(titleOf(page.body)).toBe("한글 주소 기사 | 테스트뉴스");
  });

  it("answers 404 with the not-found page for an unknown slug", async () => {
    const page = await fetchPage("/articles/no-such-article");
    expect(page.status).toBe(404);
    expect(page.body).toContain("페이지를 찾을 수 없습니다");
  });
});

describe("category pages", () => {
  it("lists a category's posts with pagination; News and news are one category", async () => {
    const first = await fetchPage("/category/news");
    expect(first.status).toBe(200);
    expect(titleOf(first.body)).toBe("News | 테스트뉴스");
    expect(articleLinks(first.body)).toEqual([
      "/articles/seed-style-article",
      "/articles/briefing-12",
      "/articles/briefing-10",
      "/articles/briefing-08",
      "/articles/briefing-06",
    ]);
    const second = await fetchPage("/category/news/page/2");
    expect(articleLinks(second.body)).toEqual(["/articles/briefing-04", "/articles/briefing-02"]);
    expect((await fetchPage("/category/news/page/3")).status).toBe(404);
  });

  it("serves a Korean category name with a space", async () => {
    const page = await fetchPage(`/category/${encodeURIComponent("국제-뉴스")}`);
    expect(page.status).toBe(200);
    expect(articleLinks(page.body)).toEqual(["/articles/한글-주소-기사"]);
  });

  it("answers 404 for an unknown category", async () => {
    expect((await fetchPage("/category/no-such-section")).status).toBe(404);
  });

  it("puts every category with a published post in the header navigation", async () => {
    const { body } = await fetchPage("/articles/markdown-post");
    for (const href of [
      "/category/news",
      "/category/%EA%B2%BD%EC%A0%9C",
      "/category/%EA%B8%B0%EC%88%A0",
    ]) {
      expect(body).toContain(`href="${href}"`);
    }
  });
});
