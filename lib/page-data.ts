import { notFound } from "next/navigation";
import {
  getCategory,
  listPublishedPosts,
  listPublishedPostsInCategory,
  paginate,
  parsePageParam,
  type Page,
} from "./content/queries";
import type { Category, PostSummary } from "./content/types";
import { PRERENDER_LIMITS } from "./prerender";

/**
 * Resolves a list page number from its route parameter, or answers 404. `/page/1` never gets
 * here: next.config.js redirects it to the list's first URL with 308.
 */
export function resolvePageNumber(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const page = parsePageParam(raw);
  if (page === null || page === 1) notFound();
  return page;
}

export function homePage(rawPage?: string): Page<PostSummary> {
  const page = resolvePageNumber(rawPage);
  const result = paginate(listPublishedPosts(), page);
  if (page > result.totalPages) notFound();
  return result;
}

export function categoryPage(
  rawCategory: string,
  rawPage?: string,
): { category: Category; page: Page<PostSummary> } {
  const category = getCategory(rawCategory);
  if (!category) notFound();
  const page = resolvePageNumber(rawPage);
  const result = paginate(listPublishedPostsInCategory(category.slug), page);
  if (result.totalItems === 0 || page > result.totalPages) notFound();
  return { category, page: result };
}

/**
 * Page numbers 2..N to prerender for a list of `total` posts, up to the prerender limit; later
 * pages render on first request.
 */
export function laterPageParams(
  total: number,
  perPage: number,
  limit = PRERENDER_LIMITS.listPages,
): Array<{ page: string }> {
  const pages = Math.min(Math.ceil(total / perPage), limit);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}
