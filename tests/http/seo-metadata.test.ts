import { describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";
import { fetchOk, links, meta, metaAll, SITE, sitePath, title } from "./seo-helpers";

const SPECIAL_TITLE = `R&D 예산 <속보> "큰따옴표" '작은따옴표' ]]> 닫는 괄호 </script> 끝`;
const KOREAN_SLUG = encodeURIComponent("한글-주소-기사");

// Every public kind of page, with the canonical URL it must declare.
const PAGES = [
  { path: "/", canonical: SITE },
  { path: "/page/2", canonical: `${SITE}/page/2` },
  { path: "/articles/seed-style-article", canonical: `${SITE}/articles/seed-style-article` },
  { path: `/articles/${KOREAN_SLUG}`, canonical: `${SITE}/articles/${KOREAN_SLUG}` },
  { path: "/category/news", canonical: `${SITE}/category/news` },
  { path: "/category/news/page/2", canonical: `${SITE}/category/news/page/2` },
];

describe("metadata on every page", () => {
  it.each(PAGES)("$path: canonical, description, robots, Open Graph, Twitter", async (p) => {
    const { body } = await fetchOk(p.path);
    expect(links(body, "canonical").map((l) => l.href)).toEqual([p.canonical]);
    expect(meta(body, "description")?.length).toBeGreaterThan(5);
    expect(meta(body, "robots")).toContain("max-image-preview:large");
    expect(meta(body, "robots")).not.toContain("noindex");
    expect(meta(body, "og:url")).toBe(p.canonical);
    expect(meta(body, "og:locale")).toBe("ko_KR");
    expect(meta(body, "og:site_name")).toBe("테스트뉴스");
    expect(meta(body, "twitter:card")).toBe("summary_large_image");
    const image = meta(body, "og:image");
    expect(image).toMatch(/^https:\/\//);
  });

  it.each(PAGES)("$path: announces the RSS, Atom and JSON feeds", async (p) => {
    const { body } = await fetchOk(p.path);
    const feeds = links(body, "alternate").map((l) => `${l.type} ${l.href}`);
    expect(feeds).toEqual(
      expect.arrayContaining([
        `application/rss+xml ${SITE}/feed.xml`,
        `application/atom+xml ${SITE}/atom.xml`,
        `application/feed+json ${SITE}/feed.json`,
      ]),
    );
  });

  it("puts the page number in later list pages' titles", async () => {
    expect(title((await fetchOk("/page/2")).body)).toBe("최신 뉴스 2쪽 | 테스트뉴스");
    expect(title((await fetchOk("/category/news/page/2")).body)).toBe("News 2쪽 | 테스트뉴스");
  });

  it("announces a category's own feed on its pages", async () => {
    const { body } = await fetchOk("/category/news/page/2");
    expect(links(body, "alternate").map((l) => l.href)).toContain(`${SITE}/category/news/feed.xml`);
  });
});

describe("article metadata", () => {
  it("describes an article for Open Graph with Seoul times, section, tags and its image", async () => {
    const { body } = await fetchOk("/articles/special-characters");
    expect(title(body)).toBe(`${SPECIAL_TITLE} | 테스트뉴스`);
    expect(meta(body, "og:title")).toBe(SPECIAL_TITLE);
    expect(meta(body, "og:type")).toBe("article");
    expect(meta(body, "article:published_time")).toBe("2026-09-30T08:00:00+09:00");
    expect(meta(body, "article:modified_time")).toBe("2026-10-02T18:30:00+09:00");
    expect(meta(body, "article:section")).toBe("기술");
    expect(metaAll(body, "article:tag")).toEqual(["R&D", "예산"]);
    expect(meta(body, "og:image")).toBe(`${SITE}/images/semiconductor-exports.jpg`);
    expect(meta(body, "description")).toBe(
      "제목에 XML과 HTML의 특수 문자가 들어간 기사 & 요약 <그대로>.",
    );
  });

  it("gives an article without an image the generated 1200×630 card", async () => {
    const { body } = await fetchOk("/articles/briefing-03");
    const image = meta(body, "og:image")!;
    expect(sitePath(image)).toMatch(/^\/articles\/briefing-03\/opengraph-image/);
    expect(meta(body, "og:image:width")).toBe("1200");
    expect(meta(body, "og:image:height")).toBe("630");
  });
});

describe("HTTP semantics", () => {
  it("answers 404 with noindex, and no index directive beside it, for unknown pages", async () => {
    for (const path of ["/no-such-page", "/articles/no-such-article", "/category/nope"]) {
      const page = await fetchPage(path);
      expect(page.status, path).toBe(404);
      const robots = metaAll(page.body, "robots");
      expect(
        robots.some((r) => r.includes("noindex")),
        path,
      ).toBe(true);
      expect(
        robots.some((r) => /(^|,\s*)index\b/.test(r)),
        path,
      ).toBe(false);
    }
  });

  it("redirects other spellings of a page to the canonical one with 308", async () => {
    const cases: Array<[string, string]> = [
      ["/category/News", "/category/news"],
      ["/category/NEWS/page/2", "/category/news/page/2"],
      ["/category/News/feed.xml", "/category/news/feed.xml"],
      ["/articles/Seed-Style-Article", "/articles/seed-style-article"],
      [`/articles/${KOREAN_SLUG.toLowerCase()}`, `/articles/${KOREAN_SLUG}`],
      ["/articles/markdown-post/", "/articles/markdown-post"],
    ];
    for (const [from, to] of cases) {
      const page = await fetchPage(from);
      expect(page.status, from).toBe(308);
      expect(new URL(page.headers.get("location")!, "http://x").pathname, from).toBe(to);
    }
  });

  it("does not redirect a spelling of something that does not exist", async () => {
    expect((await fetchPage("/articles/No-Such-Article")).status).toBe(404);
  });

  it("sends Last-Modified (the last update) and an ETag that answers 304", async () => {
    const page = await fetchOk("/articles/special-characters");
    expect(page.headers.get("last-modified")).toBe("Fri, 02 Oct 2026 09:30:00 GMT");
    // The first request after the revalidation window serves the old copy and renders a new
    // one, whose ETag differs; a conditional request must then match the newest ETag.
    let etag = page.headers.get("etag");
    let status = 0;
    for (let attempt = 0; attempt < 3 && status !== 304; attempt++) {
      expect(etag).toMatch(/^(W\/)?"[^"]+"$/);
      // fetch() adds `Cache-Control: no-cache` to conditional requests unless told otherwise,
      // which rightly forbids a 304; a crawler revalidating sends max-age=0 or nothing.
      const again = await fetchPage("/articles/special-characters", {
        headers: { "If-None-Match": etag!, "Cache-Control": "max-age=0" },
      });
      status = again.status;
      if (status !== 304) {
        expect(again.headers.get("etag")).not.toBe(etag);
        etag = again.headers.get("etag");
      }
    }
    expect(status).toBe(304);
  });
});
