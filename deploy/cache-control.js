// @ts-check
// Plain JavaScript because next.config.js loads it before any TypeScript is compiled.

/**
 * `Cache-Control` per page type, for nginx or a CDN in front of the Next.js instances
 * (docs/DEPLOY.md, "Caching"). The origin keeps its own 30-second ISR window (pages'
 * `revalidate`), so an edit on the server shows there within a minute. In front of it:
 *
 * - `s-maxage` is how long the shared cache serves its copy without asking: short, matched to
 *   how often the page changes and to the editors' one-minute promise;
 * - `stale-while-revalidate` lets it keep answering from its copy after that while it fetches
 *   a new one in the background (nginx: `proxy_cache_background_update`), so no reader waits
 *   for a render: long for articles, which rarely change after publication, short for lists;
 * - `stale-if-error` keeps pages up when every instance is down;
 * - `max-age=0`: browsers revalidate HTML with the ETag (a 304 without a body).
 *
 * Hashed assets under /_next/static keep Next.js's own `public, max-age=31536000, immutable`.
 */
const CACHE_CONTROL = {
  // Front page and list pages: a new post changes them.
  list: "public, max-age=0, s-maxage=10, stale-while-revalidate=60, stale-if-error=86400",
  // Articles: written once, corrected rarely.
  article: "public, max-age=0, s-maxage=60, stale-while-revalidate=86400, stale-if-error=604800",
  // RSS, Atom and JSON feeds: polled by readers every few minutes.
  feed: "public, max-age=300, s-maxage=60, stale-while-revalidate=3600, stale-if-error=86400",
  // The news sitemap lists the last 48 hours for Google News: fresh within a minute.
  newsSitemap: "public, max-age=0, s-maxage=30, stale-while-revalidate=30, stale-if-error=3600",
  // The full sitemap and robots.txt: read by crawlers a few times a day.
  sitemap: "public, max-age=0, s-maxage=300, stale-while-revalidate=3600, stale-if-error=86400",
  robots: "public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400",
  // Health checks must reach an instance, never a cache.
  health: "no-store",
};

/** @type {Array<[string, keyof typeof CACHE_CONTROL]>} */
const ROUTES = [
  ["/", "list"],
  ["/page/:page", "list"],
  ["/category/:category", "list"],
  ["/category/:category/page/:page", "list"],
  ["/articles/:slug", "article"],
  ["/feed.xml", "feed"],
  ["/atom.xml", "feed"],
  ["/feed.json", "feed"],
  ["/category/:category/feed.xml", "feed"],
  ["/news-sitemap.xml", "newsSitemap"],
  ["/sitemap.xml", "sitemap"],
  ["/robots.txt", "robots"],
  ["/healthz", "health"],
];

/**
 * The `headers()` rules. Documents only: client-side navigation fetches the same paths with an
 * `RSC` header and gets Next.js's own caching (those answers vary on request headers).
 */
function cacheControlHeaders() {
  return ROUTES.map(([source, kind]) => ({
    source,
    missing: [{ type: /** @type {const} */ ("header"), key: "rsc" }],
    headers: [{ key: "Cache-Control", value: CACHE_CONTROL[kind] }],
  }));
}

module.exports = { CACHE_CONTROL, cacheControlHeaders };
