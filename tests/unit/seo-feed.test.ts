import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { cdataText, FEED_SIZE, imageMimeType, renderFeed } from "@/lib/seo/feed";
import { absolutizeUrl, feedHtml } from "@/lib/seo/feed-html";
import { siteConfig } from "@/lib/site-config";
import { makePost, SPECIAL_TITLE } from "./seo-posts";

const site = siteConfig.url;
const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function parseXml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

const special = makePost(
  {
    title: SPECIAL_TITLE,
    slug: "특수-문자",
    categories: ["R&D <연구>"],
    excerpt: "요약 & <b>그대로</b>",
    image: "/images/photo.jpg",
    date: "2026-03-01 09:00:00 +0900",
    updated: "2026-03-02 09:00:00 +0900",
    author: "박 & 최",
  },
  '<p><a href="/articles/other">다른 기사</a> <img src="/images/body.png" alt="그림"> ]]&gt; 끝</p>',
);
const plain = makePost({ title: "그림 없는 기사", slug: "plain", date: "2026-02-01" });
const articleUrl = `${site}/articles/${encodeURIComponent("특수-문자")}`;

describe("RSS 2.0", () => {
  const rss = parseXml(renderFeed("rss", [special, plain])).rss as Record<string, unknown>;
  const channel = rss.channel as Record<string, unknown>;
  const items = channel.item as Array<Record<string, unknown>>;

  it("keeps a title with &, <, quotes and two ]]> exactly", () => {
    expect(items[0]!.title).toBe(SPECIAL_TITLE);
    expect(decodeHtml(String(items[0]!.description))).toBe("요약 & <b>그대로</b>");
  });

  it("uses RFC 822 dates, absolute links and the image as enclosure", () => {
    expect(items[0]!.pubDate).toBe("Sun, 01 Mar 2026 00:00:00 GMT");
    expect(String(channel.lastBuildDate)).toMatch(RFC_822);
    expect(items[0]!.link).toBe(articleUrl);
    expect(channel.link).toBe(`${site}/`);
    expect(items[0]!.enclosure).toMatchObject({
      "@_url": `${site}/images/photo.jpg`,
      "@_type": "image/jpeg",
    });
    expect(items[1]!.enclosure).toBeUndefined();
    expect(channel.language).toBe("ko");
    expect((channel["atom:link"] as Record<string, string>)["@_href"]).toBe(`${site}/feed.xml`);
  });

  it("carries the full body with site paths made absolute and the feature image first", () => {
    const content = String(items[0]!["content:encoded"]);
    expect(content).toContain(`href="${site}/articles/other"`);
    expect(content).toContain(`src="${site}/images/body.png"`);
    expect(content.startsWith(`<figure><img src="${site}/images/photo.jpg"`)).toBe(true);
    expect(content).not.toMatch(/(?:href|src)="\//);
  });

  it("carries at most the newest 50 posts", () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) =>
      makePost({ title: `기사 ${i}`, slug: `post-${i}` }),
    );
    const parsed = parseXml(renderFeed("rss", many)).rss as Record<string, Record<string, unknown>>;
    const list = parsed.channel!.item as Array<Record<string, unknown>>;
    expect(list).toHaveLength(FEED_SIZE);
    expect(list[0]!.title).toBe("기사 0");
  });

  it("points a category feed at the category and at itself", () => {
    const feed = parseXml(renderFeed("rss", [plain], { category: { name: "경제", slug: "경제" } }));
    const categoryChannel = (feed.rss as Record<string, Record<string, unknown>>).channel!;
    const categoryUrl = `${site}/category/${encodeURIComponent("경제")}`;
    expect(categoryChannel.link).toBe(categoryUrl);
    expect(categoryChannel.title).toBe(`경제 | ${siteConfig.name}`);
    expect((categoryChannel["atom:link"] as Record<string, string>)["@_href"]).toBe(
      `${categoryUrl}/feed.xml`,
    );
  });
});

describe("Atom 1.0", () => {
  const feed = parseXml(renderFeed("atom", [special, plain])).feed as Record<string, unknown>;
  const entries = feed.entry as Array<Record<string, unknown>>;

  it("keeps the special title (HTML-typed, so escaped once more inside)", () => {
    const title = entries[0]!.title as Record<string, string>;
    expect(title["@_type"]).toBe("html");
    expect(decodeHtml(title["#text"]!)).toBe(SPECIAL_TITLE);
  });

  it("uses RFC 3339 dates and absolute ids and links", () => {
    expect(String(feed.updated)).toMatch(RFC_3339);
    expect(entries[0]!.updated).toBe("2026-03-02T00:00:00.000Z");
    expect(entries[0]!.published).toBe("2026-03-01T00:00:00.000Z");
    expect(entries[0]!.id).toBe(articleUrl);
    const links = entries[0]!.link as Array<Record<string, string>>;
    expect(links[0]!["@_href"]).toBe(articleUrl);
    expect(links).toContainEqual(
      expect.objectContaining({ "@_rel": "enclosure", "@_href": `${site}/images/photo.jpg` }),
    );
    const selfLink = (feed.link as Array<Record<string, string>>).find(
      (l) => l["@_rel"] === "self",
    );
    expect(selfLink!["@_href"]).toBe(`${site}/atom.xml`);
  });
});

describe("JSON Feed", () => {
  const feed = JSON.parse(renderFeed("json", [special, plain])) as Record<string, unknown>;
  const items = feed.items as Array<Record<string, unknown>>;

  it("is plain JSON with the title as written, absolute URLs and the image", () => {
    expect(String(feed.version)).toMatch(/^https:\/\/jsonfeed\.org\/version\/1/);
    expect(feed.feed_url).toBe(`${site}/feed.json`);
    expect(items[0]).toMatchObject({
      id: articleUrl,
      url: articleUrl,
      title: SPECIAL_TITLE,
      summary: "요약 & <b>그대로</b>",
      image: `${site}/images/photo.jpg`,
      date_published: "2026-03-01T00:00:00.000Z",
    });
    expect(String(items[0]!.content_html)).toContain(`href="${site}/articles/other"`);
  });
});

describe("feed helpers", () => {
  it("splits every ]]> after the first, so xml-js's single split completes the job", () => {
    expect(cdataText("a ]]> b ]]> c\u0000")).toBe("a ]]> b ]]]]><![CDATA[> c");
  });

  it("resolves site paths and relative references but leaves other schemes alone", () => {
    const base = `${site}/articles/x`;
    expect(absolutizeUrl("/images/a.jpg", base)).toBe(`${site}/images/a.jpg`);
    expect(absolutizeUrl("b.jpg", base)).toBe(`${site}/articles/b.jpg`);
    expect(absolutizeUrl("#part", base)).toBe(`${base}#part`);
    expect(absolutizeUrl("https://cdn.example.com/a.png", base)).toBe(
      "https://cdn.example.com/a.png",
    );
    expect(absolutizeUrl("mailto:desk@example.com", base)).toBe("mailto:desk@example.com");
  });

  it("does not rewrite URL-like text that is not an attribute", () => {
    expect(feedHtml('<p>src="/x" 글</p>', `${site}/articles/x`)).toBe('<p>src="/x" 글</p>');
  });

  it("names image types by extension", () => {
    expect(imageMimeType("https://a.kr/x.JPG")).toBe("image/jpeg");
    expect(imageMimeType("https://a.kr/x.webp?w=1")).toBe("image/webp");
    expect(imageMimeType("https://a.kr/photo")).toBe("image/jpeg");
  });
});
