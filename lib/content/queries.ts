import { siteConfig } from "../site-config";
import { getContentIndex } from "./content-store";
import { isPublished } from "./publish-rule";
import { publishedView } from "./published-view";
import { normalizeSlugParam } from "./slug";
import type { Category, Post, PostSummary } from "./types";

export type Page<T> = {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
};

/** Published posts, newest first. Lists get summaries; only article pages get bodies. */
/** The array is shared between callers (computed once per content change): never mutate it. */
export function listPublishedPosts(now = new Date()): PostSummary[] {
  return publishedView(getContentIndex(), now).posts;
}

export function getPublishedPost(slugParam: string, now = new Date()): Post | undefined {
  const slug = normalizeSlugParam(slugParam);
  if (slug === null) return undefined;
  const post = getContentIndex().bySlug.get(slug);
  return post && isPublished(post, now) ? post : undefined;
}

export function getCategory(slugParam: string): Category | undefined {
  const slug = normalizeSlugParam(slugParam);
  return slug === null ? undefined : getContentIndex().categories.get(slug);
}

export function listPublishedPostsInCategory(
  slug: string,
  now = new Date(),
): PostSummary[] {
  return publishedView(getContentIndex(), now).byCategory.get(slug) ?? [];
}

/** Categories that have at least one published post, biggest first. */
export function listCategories(now = new Date()): Array<Category & { count: number }> {
  return publishedView(getContentIndex(), now).categories;
}

/**
 * Parses a `/page/N` segment. Only a plain positive integer is a page number: `-1`, `1e9`,
 * `abc` and `01` are not, so each has one URL.
 */
export function parsePageParam(raw: string): number | null {
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

export function paginate<T>(items: readonly T[], page: number, perPage = siteConfig.postsPerPage): Page<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    totalItems: items.length,
  };
}
