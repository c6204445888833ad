import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  MAX_NEWS_URLS,
  newsSitemapPosts,
  renderNewsSitemap,
  renderSitemap,
  sitemapEntries,
  type SitemapEntry,
} from "@/lib/seo/sitemap";
import { siteConfig } from "@/lib/site-config";
import { makePost, SPECIAL_TITLE } from "./seo-posts";

const site = siteConfig.url;
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

const asList = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const post = (slug: string, date: string, categories: string[], updated?: string) =>
  makePost({ title: `기사 ${slug}`, slug, date, categories, ...(updated ? { updated } : {}) });

describe("sitemapEntries", () => {
  // Newest first, as listPublishedPosts returns them.
  const posts = [
    post("c", "2026-03-03", ["경제"]),
    post("b", "2026-03-02", ["News", "경제"], "2026-03-10"),
    post("a", "2026-03-01", ["News"]),
  ];
  const entries = sitemapEntries(posts, 2);
  const byPath = new Map(entries.map((e) => [e.path, e.lastModified.toISOString()]));

  it("lists the front page, its later pages, every category page and every article", () => {
    expect(entries.map((e) => e.path)).toEqual([
      "/",
      "/page/2",
      `/category/${encodeURIComponent("경제")}`,
      "/category/news",
      "/articles/c",
      "/articles/b",
      "/articles/a",
    ]);
  });

  it("dates each URL by the newest change it shows", () => {
    expect(byPath.get("/")).toBe(new Date("2026-03-09T15:00:00Z").toISOString());
    expect(byPath.get("/page/2")).toBe(new Date("2026-02-28T15:00:00Z").toISOString());
    expect(byPath.get("/articles/b")).toBe(new Date("2026-03-09T15:00:00Z").toISOString());
  });

  it("renders one valid urlset with absolute locations and +09:00 lastmod", () => {
    const xml = parse(renderSitemap(entries, null)!);
    const urls = asList(xml.urlset!.url as Array<Record<string, string>>);
    expect(urls).toHaveLength(entries.length);
    expect(urls[0]).toEqual({ loc: `${site}/`, lastmod: "2026-03-10T00:00:00+09:00" });
    for (const url of urls) expect(url.loc!.startsWith(`${site}/`)).toBe(true);
  });
});

describe("renderSitemap past the per-file limit", () => {
  const entries: SitemapEntry[] = Array.from({ length: 5 }, (_, i) => ({
    path: `/articles/p${i}`,
    lastModified: new Date(Date.UTC(2026, 0, i + 1)),
  }));

  it("becomes an index of parts, each a urlset of at most the limit", () => {
    const index = parse(renderSitemap(entries, null, 2)!);
    const parts = asList(index.sitemapindex!.sitemap as Array<Record<string, string>>);
    expect(parts.map((p) => p.loc)).toEqual([
      `${site}/sitemap.xml?part=1`,
      `${site}/sitemap.xml?part=2`,
      `${site}/sitemap.xml?part=3`,
    ]);
    expect(parts[2]!.lastmod).toBe("2026-01-05T09:00:00+09:00");
    const third = parse(renderSitemap(entries, "3", 2)!);
    expect(asList(third.urlset!.url as Array<Record<string, string>>)).toEqual([
      { loc: `${site}/articles/p4`, lastmod: "2026-01-05T09:00:00+09:00" },
    ]);
  });

  it("answers null (404) for parts that do not exist, and for any part of a single file", () => {
    for (const part of ["0", "4", "01", "x", ""])
      expect(renderSitemap(entries, part, 2)).toBeNull();
    expect(renderSitemap(entries, "1")).toBeNull();
  });
});

describe("Google News sitemap", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("keeps only posts published in the last 48 hours, never future ones, newest first", () => {
    const posts = [
      post("future", "2026-03-10T12:00:01Z", ["News"]),
      post("now", "2026-03-10T12:00:00Z", ["News"]),
      post("recent", "2026-03-09T01:00:00Z", ["News"]),
      post("edge", "2026-03-08T12:00:01Z", ["News"]),
      post("old", "2026-03-08T12:00:00Z", ["News"]),
    ];
    expect(newsSitemapPosts(posts, now).map((p) => p.slug)).toEqual(["now", "recent", "edge"]);
  });

  it("stops at 1000 articles", () => {
    const many = Array.from({ length: MAX_NEWS_URLS + 3 }, (_, i) =>
      post(`n${i}`, new Date(now.getTime() - i * 60_000).toISOString(), ["News"]),
    );
    expect(newsSitemapPosts(many, now)).toHaveLength(MAX_NEWS_URLS);
  });

  it("names publication, language, date and an escaped title in the news namespace", () => {
    const article = makePost({ title: SPECIAL_TITLE, slug: "특보", date: "2026-03-10 09:00" });
    const xml = renderNewsSitemap([article], { name: "R&D 뉴스", language: "ko" });
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const url = parse(xml).urlset!.url as Record<string, Record<string, unknown>>;
    expect(url.loc).toBe(`${site}/articles/${encodeURIComponent("특보")}`);
    expect(url["news:news"]).toEqual({
      "news:publication": { "news:name": "R&D 뉴스", "news:language": "ko" },
      "news:publication_date": "2026-03-10T09:00:00+09:00",
      "news:title": SPECIAL_TITLE,
    });
  });
});
