import { describe, expect, it } from "vitest";
import {
  articleBreadcrumbs,
  breadcrumbJsonLd,
  HEADLINE_MAX_LENGTH,
  listJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
} from "@/lib/seo/json-ld";
import { siteConfig } from "@/lib/site-config";
import { makePost, SPECIAL_TITLE } from "./seo-posts";

const site = siteConfig.url;
const SEOUL_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00$/;

describe("serializeJsonLd", () => {
  it("cannot end the script element or a line, and parses back to the same data", () => {
    const data = {
      "@context": "https://schema.org" as const,
      "@type": "Thing" as const,
      name: `${SPECIAL_TITLE} <!-- & \u2028 \u2029`,
    };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe("NewsArticle", () => {
  const post = makePost({
    title: SPECIAL_TITLE,
    slug: "기사-주소",
    categories: ["News", "경제"],
    tags: ["예산", "R&D"],
    excerpt: "요약입니다.",
    image: "/images/photo.jpg",
    date: "2026-03-01 09:00:00 +0900",
    updated: "2026-03-02T08:30:00Z",
    author: "김하늘 기자",
  });

  it("has Google's required and recommended properties, with Seoul offsets", () => {
    const article = newsArticleJsonLd(post) as unknown as Record<string, unknown>;
    const url = `${site}/articles/${encodeURIComponent("기사-주소")}`;
    expect(article["@context"]).toBe("https://schema.org");
    expect(article["@type"]).toBe("NewsArticle");
    expect(article.headline).toBe(SPECIAL_TITLE);
    expect(article.image).toEqual([`${site}/images/photo.jpg`]);
    expect(article.datePublished).toBe("2026-03-01T09:00:00+09:00");
    expect(article.dateModified).toBe("2026-03-02T17:30:00+09:00");
    expect(article.author).toEqual([{ "@type": "Person", name: "김하늘 기자" }]);
    expect(article.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(article.articleSection).toEqual(["News", "경제"]);
    expect(article.keywords).toEqual(["예산", "R&D"]);
    expect(article.publisher).toMatchObject({
      "@type": "Organization",
      name: siteConfig.name,
      logo: { "@type": "ImageObject", url: `${site}/logo.png` },
    });
  });

  it("cuts headlines to 110 characters and falls back to the generated image and the site", () => {
    const long = makePost({ title: "가".repeat(80) + " " + "나".repeat(80), slug: "long" });
    const article = newsArticleJsonLd(long) as unknown as Record<string, unknown>;
    const headline = String(article.headline);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX_LENGTH);
    expect(headline.endsWith("…")).toBe(true);
    expect(article.image).toEqual([`${site}/articles/long/opengraph-image`]);
    expect(article.author).toEqual([
      { "@type": "Organization", name: siteConfig.name, url: `${site}/` },
    ]);
    expect(String(article.datePublished)).toMatch(SEOUL_OFFSET);
    expect(article.dateModified).toBe(article.datePublished);
  });
});

describe("BreadcrumbList", () => {
  it("goes home → first category → article with absolute URLs and positions", () => {
    const post = makePost({ title: "제목", slug: "a", categories: ["국제 뉴스"] });
    const crumbs = breadcrumbJsonLd(articleBreadcrumbs(post)) as unknown as {
      itemListElement: Array<Record<string, unknown>>;
    };
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: siteConfig.name, item: `${site}/` },
      {
        "@type": "ListItem",
        position: 2,
        name: "국제 뉴스",
        item: `${site}/category/${encodeURIComponent("국제-뉴스")}`,
      },
      { "@type": "ListItem", position: 3, name: "제목", item: `${site}/articles/a` },
    ]);
  });
});

describe("WebSite and lists", () => {
  it("points the SearchAction at /search?q={search_term_string}", () => {
    const website = webSiteJsonLd() as unknown as Record<string, unknown>;
    expect(website["@type"]).toBe("WebSite");
    expect(website.url).toBe(`${site}/`);
    expect(website.potentialAction).toEqual({
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${site}/search?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    });
  });

  it("numbers a later page's items from where the page starts", () => {
    const posts = [
      makePost({ title: "첫째", slug: "one" }),
      makePost({ title: "둘째", slug: "two" }),
    ];
    const list = listJsonLd({
      name: "최신 뉴스 2쪽",
      path: "/page/2",
      page: { items: posts, page: 2 },
    }) as unknown as { "@type": string; url: string; mainEntity: Record<string, unknown> };
    expect(list["@type"]).toBe("CollectionPage");
    expect(list.url).toBe(`${site}/page/2`);
    const perPage = siteConfig.postsPerPage;
    expect(list.mainEntity.itemListElement).toEqual([
      { "@type": "ListItem", position: perPage + 1, url: `${site}/articles/one`, name: "첫째" },
      { "@type": "ListItem", position: perPage + 2, url: `${site}/articles/two`, name: "둘째" },
    ]);
  });
});
