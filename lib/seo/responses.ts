// The responses of the sitemap and feed routes, so the route files stay one call each.
import {
  getCategory,
  listCategories,
  listPublishedPosts,
  listPublishedPostsInCategory,
} from "../content/queries";
import { siteConfig } from "../site-config";
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from "./feed";
import { feedPosts } from "./feed-data";
import {
  newsSitemapPosts,
  renderNewsSitemap,
  renderSitemap,
  sitemapEntries,
  XML_CONTENT_TYPE,
} from "./sitemap";

function notFound(): Response {
  return new Response("Not found\n", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
}

// Rendered sitemaps per published-posts list: that array is computed once per content change
// (lib/content/published-view.ts), so a sitemap of 10 000 articles (over 1 MB) is rendered once
// per change instead of once per request, and is still never older than the content.
const sitemapBodies = new WeakMap<object, Map<string, string>>();

export function sitemapResponse(part: string | null): Response {
  const posts = listPublishedPosts();
  let bodies = sitemapBodies.get(posts);
  if (!bodies) sitemapBodies.set(posts, (bodies = new Map()));
  const key = part ?? "";
  let body = bodies.get(key) ?? null;
  if (body === null) {
    body = renderSitemap(sitemapEntries(posts, siteConfig.postsPerPage), part);
    // Only real parts are kept, so made-up `?part=` values cannot fill the map.
    if (body !== null) bodies.set(key, body);
  }
  if (body === null) return notFound();
  return new Response(body, { headers: { "Content-Type": XML_CONTENT_TYPE } });
}

export function newsSitemapResponse(now = new Date()): Response {
  const posts = newsSitemapPosts(listPublishedPosts(now), now);
  const body = renderNewsSitemap(posts, { name: siteConfig.name, language: siteConfig.lang });
  return new Response(body, { headers: { "Content-Type": XML_CONTENT_TYPE } });
}

export function feedResponse(format: FeedFormat): Response {
  return new Response(renderFeed(format, feedPosts()), {
    headers: { "Content-Type": FEED_CONTENT_TYPES[format] },
  });
}

export function categoryFeedResponse(rawCategory: string): Response {
  const category = getCategory(rawCategory);
  const posts = category ? listPublishedPostsInCategory(category.slug) : [];
  if (!category || posts.length === 0) return notFound();
  return new Response(renderFeed("rss", feedPosts(posts), { category }), {
    headers: { "Content-Type": FEED_CONTENT_TYPES.rss },
  });
}

export function categoryFeedParams(): Array<{ category: string }> {
  return listCategories().map((category) => ({ category: category.slug }));
}
