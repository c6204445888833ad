import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";
import { decodedPath, fetchOk, links, publishedArticlePaths, SITE, sitePath } from "./seo-helpers";

const SPECIAL_TITLE = `R&D 예산 <속보> "큰따옴표" '작은따옴표' ]]> 닫는 괄호 </script> 끝`;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });

type Node = Record<string, unknown>;
const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

async function fetchFeed(path: string, contentType: string) {
  const page = await fetchOk(path);
  expect(page.headers.get("content-type")).toBe(contentType);
  return page.body;
}

function parseXml(body: string): Node {
  expect(XMLValidator.validate(body)).toBe(true);
  return parser.parse(body) as Node;
}

function expectAbsoluteSiteUrls(html: string) {
  expect(html).not.toMatch(/(?:href|src)="\/(?!\/)/);
}

describe("RSS 2.0 at /feed.xml", () => {
  it("is valid RSS with every published post, RFC 822 dates and absolute links", async () => {
    const rss = parseXml(await fetchFeed("/feed.xml", "application/rss+xml; charset=utf-8"))
      .rss as Node;
    const channel = rss.channel as Node;
    const items = channel.item as Node[];
    // Fewer than 50 fixture posts: the feed carries every published one.
    expect(new Set(items.map((i) => decodedPath(String(i.link))))).toEqual(
      await publishedArticlePaths(),
    );
    expect(String(channel.lastBuildDate)).toMatch(RFC_822);
    for (const item of items) {
      expect(String(item.pubDate)).toMatch(RFC_822);
      expect(String(item.link)).toMatch(/^https:\/\/news\.example\.kr\/articles\//);
      expectAbsoluteSiteUrls(String(item["content:encoded"]));
    }
    const titles = items.map((i) => i.title);
    expect(titles[0]).toBe("지역 도서관 야간 개관 확대 소식!");
    expect(titles).not.toContain("아직 쓰고 있는 초안");
    expect(titles).not.toContain("예약된 미래 기사");
  });

  it("keeps a title with &, <, quotes and ]]> exactly, with the image as enclosure", async () => {
    const rss = parseXml(await fetchFeed("/feed.xml", "application/rss+xml; charset=utf-8"))
      .rss as Node;
    const item = ((rss.channel as Node).item as Node[]).find(
      (i) => i.link === `${SITE}/articles/special-characters`,
    )!;
    expect(item.title).toBe(SPECIAL_TITLE);
    expect(item.enclosure).toMatchObject({
      "@_url": `${SITE}/images/semiconductor-exports.jpg`,
      "@_type": "image/jpeg",
    });
    const content = String(item["content:encoded"]);
    expect(content).toContain(`href="${SITE}/articles/markdown-post"`);
    expect(content).toContain(`src="${SITE}/images/satellite-launch.jpg"`);
  });
});

describe("Atom at /atom.xml", () => {
  it("is valid Atom with RFC 3339 dates, absolute ids and the escaped title", async () => {
    const feed = parseXml(await fetchFeed("/atom.xml", "application/atom+xml; charset=utf-8"))
      .feed as Node;
    const entries = feed.entry as Node[];
    expect(new Set(entries.map((e) => decodedPath(String(e.id))))).toEqual(
      await publishedArticlePaths(),
    );
    expect(String(feed.updated)).toMatch(RFC_3339);
    for (const entry of entries) {
      expect(String(entry.updated)).toMatch(RFC_3339);
      expect(String(entry.published)).toMatch(RFC_3339);
      expect(String(entry.id)).toMatch(/^https:\/\/news\.example\.kr\/articles\//);
      expectAbsoluteSiteUrls(String((entry.content as Node)["#text"]));
    }
    const special = entries.find((e) => e.id === `${SITE}/articles/special-characters`)!;
    expect(decodeHtml(String((special.title as Node)["#text"]))).toBe(SPECIAL_TITLE);
  });
});

describe("JSON Feed at /feed.json", () => {
  it("is a JSON feed with absolute URLs and the title as written", async () => {
    const feed = JSON.parse(
      await fetchFeed("/feed.json", "application/feed+json; charset=utf-8"),
    ) as Node;
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    const items = feed.items as Node[];
    expect(new Set(items.map((i) => decodedPath(String(i.url))))).toEqual(
      await publishedArticlePaths(),
    );
    const special = items.find((i) => i.url === `${SITE}/articles/special-characters`)!;
    expect(special.title).toBe(SPECIAL_TITLE);
    expect(special.image).toBe(`${SITE}/images/semiconductor-exports.jpg`);
    expect(String(special.date_published)).toMatch(RFC_3339);
    for (const item of items) expectAbsoluteSiteUrls(String(item.content_html));
  });
});

describe("category feeds", () => {
  it("carry only the category's posts", async () => {
    const rss = parseXml(
      await fetchFeed("/category/news/feed.xml", "application/rss+xml; charset=utf-8"),
    ).rss as Node;
    const channel = rss.channel as Node;
    expect(channel.link).toBe(`${SITE}/category/news`);
    expect((channel.item as Node[]).map((i) => sitePath(String(i.link)))).toEqual([
      "/articles/seed-style-article",
      "/articles/briefing-12",
      "/articles/briefing-10",
      "/articles/briefing-08",
      "/articles/briefing-06",
      "/articles/briefing-04",
      "/articles/briefing-02",
    ]);
  });

  it("answers 404 for an unknown category", async () => {
    expect((await fetchPage("/category/no-such-section/feed.xml")).status).toBe(404);
  });
});

describe("autodiscovery", () => {
  it("every feed a page announces is served with its announced type", async () => {
    const { body } = await fetchOk("/category/news");
    const alternates = links(body, "alternate");
    expect(alternates.length).toBe(4);
    for (const link of alternates) {
      const page = await fetchOk(sitePath(link.href!));
      expect(page.headers.get("content-type")).toBe(`${link.type}; charset=utf-8`);
    }
  });
});
