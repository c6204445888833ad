import { toSeoulIsoString } from "../content/dates";
import type { PostSummary } from "../content/types";
import { absoluteUrl, paths } from "../urls";
import { seoPaths } from "./urls";
import { escapeXml } from "./xml";

/** The sitemap protocol's limit per file; past it, /sitemap.xml becomes an index of parts. */
export const MAX_SITEMAP_URLS = 50_000;

export type SitemapEntry = { path: string; lastModified: Date };

const modified = (post: PostSummary) => post.updated ?? post.date;

// A loop, not Math.max(...list): 50 000 arguments would overflow the call stack.
function latest(times: number[]): Date {
  return new Date(times.reduce((max, time) => (time > max ? time : max), 0));
}

function newest(posts: PostSummary[]): Date {
  return latest(posts.map((post) => modified(post).getTime()));
}

/** A list's pages with the newest change among the posts each one shows. */
function listPages(
  posts: PostSummary[],
  perPage: number,
  pathFor: (page: number) => string,
): SitemapEntry[] {
  const pages = Math.max(1, Math.ceil(posts.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({
    path: pathFor(i + 1),
    lastModified: newest(posts.slice(i * perPage, (i + 1) * perPage)),
  }));
}

/**
 * Every public URL: the front page and its later pages, each category and its pages, every
 * article. `posts` must already be the published ones, newest first (listPublishedPosts).
 */
export function sitemapEntries(posts: PostSummary[], perPage: number): SitemapEntry[] {
  const byCategory = new Map<string, PostSummary[]>();
  for (const post of posts) {
    for (const category of post.categories) {
      const list = byCategory.get(category.slug) ?? [];
      list.push(post);
      byCategory.set(category.slug, list);
    }
  }
  return [
    ...listPages(posts, perPage, paths.home),
    ...[...byCategory.entries()].flatMap(([slug, list]) =>
      listPages(list, perPage, (page) => paths.category(slug, page)),
    ),
    ...posts.map((post) => ({ path: paths.article(post.slug), lastModified: modified(post) })),
  ];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

function urlset(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(absoluteUrl(entry.path))}</loc>` +
      `<lastmod>${toSeoulIsoString(entry.lastModified)}</lastmod></url>`,
  );
  return `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NS}">\n${urls.join("\n")}\n</urlset>\n`;
}

function sitemapIndex(parts: SitemapEntry[][]): string {
  const items = parts.map(
    (part, i) =>
      `<sitemap><loc>${escapeXml(absoluteUrl(seoPaths.sitemapPart(i + 1)))}</loc>` +
      `<lastmod>${toSeoulIsoString(newestEntry(part))}</lastmod></sitemap>`,
  );
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NS}">\n${items.join("\n")}\n</sitemapindex>\n`;
}

function newestEntry(entries: SitemapEntry[]): Date {
  return latest(entries.map((entry) => entry.lastModified.getTime()));
}

/**
 * The document for `/sitemap.xml` (`part` null) or `/sitemap.xml?part=N`: one urlset while the
 * URLs fit in one file, else an index whose parts hold `maxUrls` each. Null means 404: a part
 * that does not exist, or any `part` while there is only one file (one URL per document).
 */
export function renderSitemap(
  entries: SitemapEntry[],
  part: string | null,
  maxUrls = MAX_SITEMAP_URLS,
): string | null {
  const parts: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += maxUrls) parts.push(entries.slice(i, i + maxUrls));
  if (part === null) return parts.length <= 1 ? urlset(entries) : sitemapIndex(parts);
  if (parts.length <= 1 || !/^[1-9]\d{0,5}$/.test(part)) return null;
  const chosen = parts[Number(part) - 1];
  return chosen ? urlset(chosen) : null;
}

/** Google News takes articles published in the last two days, at most 1000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const MAX_NEWS_URLS = 1000;

export function newsSitemapPosts(posts: PostSummary[], now: Date): PostSummary[] {
  const since = now.getTime() - NEWS_WINDOW_MS;
  return posts
    .filter((post) => post.date.getTime() > since && post.date.getTime() <= now.getTime())
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, MAX_NEWS_URLS);
}

const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

export function renderNewsSitemap(
  posts: PostSummary[],
  publication: { name: string; language: string },
): string {
  const urls = posts.map(
    (post) =>
      `<url><loc>${escapeXml(absoluteUrl(paths.article(post.slug)))}</loc>` +
      `<news:news><news:publication><news:name>${escapeXml(publication.name)}</news:name>` +
      `<news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${toSeoulIsoString(post.date)}</news:publication_date>` +
      `<news:title>${escapeXml(post.title)}</news:title></news:news></url>`,
  );
  return (
    `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n` +
    `${urls.join("\n")}\n</urlset>\n`
  );
}

export const XML_CONTENT_TYPE = "application/xml; charset=utf-8";
