import { describe, expect, it } from "vitest";
import { fetchOk, jsonLdBlocks, SITE } from "./seo-helpers";

const SPECIAL_TITLE = `R&D 예산 <속보> "큰따옴표" '작은따옴표' ]]> 닫는 괄호 </script> 끝`;
const SEOUL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;

type Node = Record<string, unknown>;
const byType = (blocks: Node[], type: string) => blocks.find((b) => b["@type"] === type);

/** Google's required and recommended NewsArticle properties (Article structured data). */
function expectNewsArticle(article: Node | undefined, url: string) {
  expect(article).toBeDefined();
  expect(article!["@context"]).toBe("https://schema.org");
  const headline = String(article!.headline);
  expect(headline.length).toBeGreaterThan(0);
  expect(headline.length).toBeLessThanOrEqual(110);
  const images = article!.image as string[];
  expect(images.length).toBeGreaterThan(0);
  for (const image of images) expect(image).toMatch(/^https:\/\//);
  expect(String(article!.datePublished)).toMatch(SEOUL);
  expect(String(article!.dateModified)).toMatch(SEOUL);
  const authors = article!.author as Node[];
  expect(authors[0]!.name).toBeTruthy();
  expect(article!.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
  const publisher = article!.publisher as Node;
  expect(publisher["@type"]).toBe("Organization");
  expect(publisher.name).toBe("테스트뉴스");
  expect((publisher.logo as Node).url).toBe(`${SITE}/logo.png`);
}

function expectBreadcrumbs(list: Node | undefined, expected: Array<[string, string]>) {
  expect(list).toBeDefined();
  const items = list!.itemListElement as Node[];
  expect(items.map((i) => [i.position, i.name, i.item])).toEqual(
    expected.map(([name, item], index) => [index + 1, name, item]),
  );
}

describe("structured data", () => {
  it("marks an article up as NewsArticle with breadcrumbs home → category → article", async () => {
    const blocks = jsonLdBlocks((await fetchOk("/articles/seed-style-article")).body);
    const url = `${SITE}/articles/seed-style-article`;
    const article = byType(blocks, "NewsArticle");
    expectNewsArticle(article, url);
    expect(article!.articleSection).toEqual(["News"]);
    expect(article!.keywords).toEqual(["도서관", "야간개관"]);
    expect(article!.author).toEqual([{ "@type": "Person", name: "김하늘 기자" }]);
    expectBreadcrumbs(byType(blocks, "BreadcrumbList"), [
      ["테스트뉴스", `${SITE}/`],
      ["News", `${SITE}/category/news`],
      ["지역 도서관 야간 개관 확대 소식!", url],
    ]);
  });

  it("keeps </script> and quotes in a headline inside the JSON, which parses to the title", async () => {
    const { body } = await fetchOk("/articles/special-characters");
    const scripts = [
      ...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ];
    for (const script of scripts) expect(script[1]).not.toMatch(/[<>]/);
    const article = byType(jsonLdBlocks(body), "NewsArticle");
    expectNewsArticle(article, `${SITE}/articles/special-characters`);
    expect(article!.headline).toBe(SPECIAL_TITLE);
    expect(article!.dateModified).toBe("2026-10-02T18:30:00+09:00");
  });

  it("gives an article without an image its generated card, and the site as author", async () => {
    const article = byType(
      jsonLdBlocks((await fetchOk("/articles/briefing-03")).body),
      "NewsArticle",
    );
    expectNewsArticle(article, `${SITE}/articles/briefing-03`);
    expect(article!.image).toEqual([`${SITE}/articles/briefing-03/opengraph-image`]);
  });

  it("marks the front page up as WebSite with a search action, and its list", async () => {
    const blocks = jsonLdBlocks((await fetchOk("/")).body);
    const website = byType(blocks, "WebSite");
    expect(website).toMatchObject({ url: `${SITE}/`, name: "테스트뉴스" });
    expect(website!.potentialAction).toMatchObject({
      "@type": "SearchAction",
      target: { urlTemplate: `${SITE}/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    });
    const list = byType(blocks, "CollectionPage");
    const items = (list!.mainEntity as Node).itemListElement as Node[];
    expect(items.map((i) => [i.position, i.url])).toEqual([
      [1, `${SITE}/articles/seed-style-article`],
      [2, `${SITE}/articles/${encodeURIComponent("한글-주소-기사")}`],
      [3, `${SITE}/articles/markdown-post`],
      [4, `${SITE}/articles/briefing-12`],
      [5, `${SITE}/articles/briefing-11`],
    ]);
  });

  it("numbers a later category page's list on from the earlier pages", async () => {
    const blocks = jsonLdBlocks((await fetchOk("/category/news/page/2")).body);
    const list = byType(blocks, "CollectionPage");
    expect(list!.url).toBe(`${SITE}/category/news/page/2`);
    const items = (list!.mainEntity as Node).itemListElement as Node[];
    expect(items.map((i) => [i.position, i.url])).toEqual([
      [6, `${SITE}/articles/briefing-04`],
      [7, `${SITE}/articles/briefing-02`],
    ]);
    expectBreadcrumbs(byType(blocks, "BreadcrumbList"), [
      ["테스트뉴스", `${SITE}/`],
      ["News", `${SITE}/category/news`],
    ]);
  });
});
