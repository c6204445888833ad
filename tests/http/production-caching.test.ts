import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuild, TEST_SITE } from "../helpers/next-server";
import { startStandalone, type StandaloneServer } from "../helpers/standalone";

// What nginx or a CDN in front of the instances reads (docs/DEPLOY.md, "Caching"): every page
// type says how long a shared cache may keep it and how long it may serve it stale while it
// refreshes; browsers revalidate with the ETag; hashed assets never change.

let server: StandaloneServer;

const get = (pathname: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${encodeURI(pathname)}`, { redirect: "manual", headers });

/** A Cache-Control header: its flags (`public`) and its seconds (`s-maxage=60` → 60; NaN if absent). */
function directives(header: string | null) {
  const flags = new Set<string>();
  const seconds = new Map<string, number>();
  for (const part of (header ?? "").split(",")) {
    const [name, value] = part.trim().toLowerCase().split("=");
    if (!name) continue;
    if (value === undefined) flags.add(name);
    else seconds.set(name, Number(value));
  }
  return { flags, get: (name: string) => seconds.get(name) ?? Number.NaN };
}

beforeAll(async () => {
  ensureBuild(TEST_SITE);
  server = await startStandalone(TEST_SITE);
});

afterAll(async () => {
  await server?.stop();
});

const PAGES = {
  home: "/",
  listPage: "/page/2",
  category: "/category/news",
  categoryPage: "/category/news/page/2",
  article: "/articles/seed-style-article",
  koreanArticle: "/articles/한글-주소-기사",
};

describe("Cache-Control for shared caches", () => {
  it("lets nginx/CDNs cache every page briefly and serve it stale while refreshing", async () => {
    for (const pathname of Object.values(PAGES)) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      const cc = directives(response.headers.get("cache-control"));
      expect(cc.flags.has("public"), pathname).toBe(true);
      // Browsers revalidate every time (cheap: a 304 with the ETag).
      expect(cc.get("max-age"), pathname).toBe(0);
      expect(cc.get("s-maxage"), pathname).toBeGreaterThan(0);
      // Within the editors' promise: a change on the server shows through the cache within 60 s
      // plus the origin's own window.
      expect(cc.get("s-maxage"), pathname).toBeLessThanOrEqual(60);
      expect(cc.get("stale-while-revalidate"), pathname).toBeGreaterThan(0);
      expect(cc.get("stale-if-error"), pathname).toBeGreaterThan(0);
      expect(cc.flags.has("no-store"), pathname).toBe(false);
      expect(cc.flags.has("private"), pathname).toBe(false);
    }
  });

  it("keeps articles longer than the front page and lists", async () => {
    const article = directives((await get(PAGES.article)).headers.get("cache-control"));
    for (const pathname of [PAGES.home, PAGES.listPage, PAGES.category, PAGES.categoryPage]) {
      const list = directives((await get(pathname)).headers.get("cache-control"));
      expect(article.get("s-maxage"), pathname).toBeGreaterThan(list.get("s-maxage"));
      expect(article.get("stale-while-revalidate"), pathname).toBeGreaterThan(
        list.get("stale-while-revalidate"),
      );
    }
    // An article may be served stale for a day while the cache refreshes it.
    expect(article.get("stale-while-revalidate")).toBeGreaterThanOrEqual(86_400);
  });

  it("caches feeds and sitemaps, the news sitemap only briefly", async () => {
    const home = directives((await get(PAGES.home)).headers.get("cache-control"));
    for (const pathname of ["/feed.xml", "/atom.xml", "/feed.json", "/category/news/feed.xml"]) {
      const response = await get(pathname);
      expect(response.status, pathname).toBe(200);
      const cc = directives(response.headers.get("cache-control"));
      expect(cc.get("s-maxage"), pathname).toBeGreaterThan(0);
      expect(cc.get("s-maxage"), pathname).toBeLessThanOrEqual(60);
      expect(cc.get("stale-while-revalidate"), pathname).toBeGreaterThan(0);
    }
    const news = directives((await get("/news-sitemap.xml")).headers.get("cache-control"));
    const sitemap = directives((await get("/sitemap.xml")).headers.get("cache-control"));
    expect(news.get("s-maxage")).toBeGreaterThan(0);
    expect(news.get("s-maxage")).toBeLessThanOrEqual(60);
    expect(news.get("s-maxage") + news.get("stale-while-revalidate")).toBeLessThanOrEqual(60);
    expect(sitemap.get("s-maxage")).toBeGreaterThan(news.get("s-maxage"));
    expect(home.get("s-maxage")).toBeLessThan(sitemap.get("s-maxage"));
    const robots = directives((await get("/robots.txt")).headers.get("cache-control"));
    expect(robots.get("s-maxage")).toBeGreaterThan(0);
  });
});

describe("conditional requests", () => {
  it("answers 304 without a body when the ETag matches, and 200 when it does not", async () => {
    for (const pathname of [PAGES.home, PAGES.article, PAGES.koreanArticle, PAGES.category]) {
      // A page regenerated between two requests (ISR) gets a new ETag: then try again.
      let answered304 = false;
      for (let attempt = 0; attempt < 5 && !answered304; attempt++) {
        const first = await get(pathname);
        await first.arrayBuffer();
        const etag = first.headers.get("etag");
        expect(etag, pathname).toMatch(/^(W\/)?"[^"]+"$/);
        // As a browser revalidates (fetch would otherwise add `Cache-Control: no-cache`, which
        // asks for a full answer).
        const conditional = await get(pathname, {
          "If-None-Match": etag!,
          "Cache-Control": "max-age=0",
        });
        if (conditional.status === 200) {
          expect(conditional.headers.get("etag"), pathname).not.toBe(etag);
          await conditional.arrayBuffer();
          continue;
        }
        answered304 = true;
        expect(conditional.status, pathname).toBe(304);
        expect(await conditional.text(), pathname).toBe("");
        expect(conditional.headers.get("etag"), pathname).toBe(etag);
        expect(conditional.headers.get("cache-control"), pathname).toBe(
          first.headers.get("cache-control"),
        );
      }
      expect(answered304, pathname).toBe(true);
      const mismatch = await get(pathname, {
        "If-None-Match": '"not-this-one"',
        "Cache-Control": "max-age=0",
      });
      expect(mismatch.status, pathname).toBe(200);
      await mismatch.arrayBuffer();
    }
  });
});

describe("static assets", () => {
  it("serves hashed JS, CSS and fonts as immutable for a year", async () => {
    const html = await (await get(PAGES.article)).text();
    const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s)]+\.(?:js|css|woff2)/g) ?? [])];
    expect(assets.some((asset) => asset.endsWith(".js"))).toBe(true);
    expect(assets.some((asset) => asset.endsWith(".css"))).toBe(true);
    for (const asset of assets) {
      const response = await get(asset);
      expect(response.status, asset).toBe(200);
      await response.arrayBuffer();
      const cc = directives(response.headers.get("cache-control"));
      expect(cc.flags.has("public"), asset).toBe(true);
      expect(cc.flags.has("immutable"), asset).toBe(true);
      expect(cc.get("max-age"), asset).toBeGreaterThanOrEqual(31_536_000);
    }
  });
});
