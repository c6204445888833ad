import { afterEach, describe, expect, it, vi } from "vitest";
import { articleMetadata } from "@/lib/article-metadata";
import { notFoundMetadata, pageMetadata } from "@/lib/metadata";
import { parseSiteConfig, siteConfig } from "@/lib/site-config";
import { makePost } from "./seo-posts";

const site = siteConfig.url;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("site verification", () => {
  it("reads the Google and Naver tokens from the environment", () => {
    const config = parseSiteConfig({
      GOOGLE_SITE_VERIFICATION: "g-token",
      NAVER_SITE_VERIFICATION: " n-token ",
    });
    expect(config.verification).toEqual({ google: "g-token", naver: "n-token" });
    expect(parseSiteConfig({ GOOGLE_SITE_VERIFICATION: "" }).verification).toEqual({
      google: undefined,
      naver: undefined,
    });
  });

  it("puts both tokens in every page's metadata", async () => {
    vi.stubEnv("GOOGLE_SITE_VERIFICATION", "g-token");
    vi.stubEnv("NAVER_SITE_VERIFICATION", "n-token");
    vi.resetModules();
    const { rootMetadata } = await import("@/lib/metadata");
    expect(rootMetadata().verification).toEqual({
      google: "g-token",
      other: { "naver-site-verification": "n-token" },
    });
  });
});

describe("rootMetadata", () => {
  it("allows large image previews and announces the three feeds", async () => {
    const { rootMetadata } = await import("@/lib/metadata");
    const metadata = rootMetadata();
    expect(metadata.robots).toMatchObject({ index: true, "max-image-preview": "large" });
    expect(Object.keys(metadata.alternates?.types ?? {})).toEqual([
      "application/rss+xml",
      "application/atom+xml",
      "application/feed+json",
    ]);
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("marks the 404 page noindex", () => {
    expect(notFoundMetadata().robots).toMatchObject({ index: false });
  });
});

describe("pageMetadata", () => {
  it("gives an absolute canonical, keeps the layout's feeds and adds a category's own", () => {
    const metadata = pageMetadata({
      title: "경제 2쪽",
      path: `/category/${encodeURIComponent("경제")}/page/2`,
      category: { name: "경제", slug: "경제" },
    });
    const categoryUrl = `${site}/category/${encodeURIComponent("경제")}`;
    expect(metadata.alternates?.canonical).toBe(`${categoryUrl}/page/2`);
    const rss = metadata.alternates?.types?.["application/rss+xml"];
    expect(rss).toEqual([
      expect.objectContaining({ url: `${site}/feed.xml` }),
      expect.objectContaining({ url: `${categoryUrl}/feed.xml` }),
    ]);
    expect(metadata.openGraph).toMatchObject({ locale: "ko_KR", url: `${categoryUrl}/page/2` });
  });
});

describe("articleMetadata", () => {
  it("describes the article for Open Graph with Seoul times, section and tags", () => {
    const post = makePost({
      title: "제목",
      slug: "a",
      categories: ["News"],
      tags: ["가", "나"],
      image: "/images/a.jpg",
      date: "2026-03-01 09:00",
    });
    const metadata = articleMetadata(post);
    expect(metadata.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2026-03-01T09:00:00+09:00",
      modifiedTime: "2026-03-01T09:00:00+09:00",
      section: "News",
      tags: ["가", "나"],
      images: [{ url: `${site}/images/a.jpg` }],
    });
    expect(metadata.description).toBe("본문입니다.");
  });

  it("leaves out the images key without an image, so the generated card is used", () => {
    const metadata = articleMetadata(makePost({ title: "그림 없음", slug: "b" }));
    expect(metadata.openGraph && "images" in metadata.openGraph).toBe(false);
    expect(metadata.twitter && "images" in metadata.twitter).toBe(false);
  });
});
