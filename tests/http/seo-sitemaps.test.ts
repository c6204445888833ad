import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";
import { decodedPath, fetchOk, publishedArticlePaths, SITE } from "./seo-helpers";

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

async function fetchXml(path: string) {
  const page = await fetchOk(path);
  expect(page.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  expect(XMLValidator.validate(page.body)).toBe(true);
  return parser.parse(page.body) as Record<string, Record<string, unknown>>;
}

describe("/sitemap.xml", () => {
  it("lists every public article, category and list page with lastmod, and nothing else", async () => {
    const xml = await fetchXml("/sitemap.xml");
    const urls = asList(xml.urlset!.url as Array<Record<string, string>>);
    const locs = urls.map((u) => u.loc);
    const articles = locs
      .filter((l) => l!.startsWith(`${SITE}/articles/`))
      .map((l) => decodedPath(l!));
    const published = await publishedArticlePaths();
    expect(published.size).toBeGreaterThanOrEqual(16);
    expect(new Set(articles)).toEqual(published);
    expect(locs).toEqual(
      expect.arrayContaining([
        `${SITE}/`,
        `${SITE}/page/2`,
        `${SITE}/category/news`,
        `${SITE}/category/news/page/2`,
        `${SITE}/category/${encodeURIComponent("국제-뉴스")}`,
        `${SITE}/articles/special-characters`,
        `${SITE}/articles/${encodeURIComponent("한글-주소-기사")}`,
      ]),
    );
    expect(locs.join(" ")).not.toMatch(/draft-post|scheduled-post/);
    expect(new Set(locs).size).toBe(locs.length);
    for (const url of urls) expect(url.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:]{8}\+09:00$/);
    const special = urls.find((u) => u.loc === `${SITE}/articles/special-characters`);
    expect(special!.lastmod).toBe("2026-10-02T18:30:00+09:00");
  });

  it("has no parts while everything fits in one file", async () => {
    expect((await fetchPage("/sitemap.xml?part=1")).status).toBe(404);
  });
});

describe("/news-sitemap.xml", () => {
  it("is a Google News sitemap with only articles of the last 48 hours", async () => {
    const page = await fetchOk("/news-sitemap.xml");
    expect(page.body).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const xml = await fetchXml("/news-sitemap.xml");
    const urls = asList(xml.urlset!.url as Array<Record<string, Record<string, unknown>>>);
    // The fixture posts are dated before the test run, so the window may be empty; whatever
    // is listed must be recent, published and complete.
    const since = Date.now() - 48 * 60 * 60 * 1000;
    for (const url of urls) {
      const news = url["news:news"]!;
      expect(news["news:publication"]).toEqual({
        "news:name": "테스트뉴스",
        "news:language": "ko",
      });
      const date = new Date(String(news["news:publication_date"]));
      expect(date.getTime()).toBeGreaterThan(since);
      expect(date.getTime()).toBeLessThanOrEqual(Date.now());
      expect(String(news["news:title"]).length).toBeGreaterThan(0);
    }
    expect(page.body).not.toMatch(/draft-post|scheduled-post/);
  });
});

describe("/robots.txt", () => {
  it("allows crawling and names both sitemaps", async () => {
    const { body } = await fetchOk("/robots.txt");
    expect(body).toMatch(/User-Agent: \*\s+Allow: \//i);
    expect(body).not.toMatch(/Disallow: \/\s*$/m);
    expect(body).toContain(`Sitemap: ${SITE}/sitemap.xml`);
    expect(body).toContain(`Sitemap: ${SITE}/news-sitemap.xml`);
  });
});
