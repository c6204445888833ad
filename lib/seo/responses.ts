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

export function sitemapResponse(part: string | null): Response {
  const body = renderSitemap(sitemapEntries(listPublishedPosts(), siteConfig.postsPerPage), part);
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
