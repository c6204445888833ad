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
 * A list page number from its route parameter, or null when it is not one. `/page/1` never gets
 * here: next.config.js redirects it to the list's first URL with 308.
 */
function pageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  const page = parsePageParam(raw);
  return page === null || page === 1 ? null : page;
}

/** Page N of the latest news, or null when there is no such page. */
export function findHomePage(rawPage?: string): Page<PostSummary> | null {
  const page = pageNumber(rawPage);
  if (page === null) return null;
  const result = paginate(listPublishedPosts(), page);
  return page > result.totalPages ? null : result;
}

/** Page N of a category, or null when the category or the page does not exist. */
export function findCategoryPage(
  rawCategory: string,
  rawPage?: string,
): { category: Category; page: Page<PostSummary> } | null {
  const category = getCategory(rawCategory);
  const page = pageNumber(rawPage);
  if (!category || page === null) return null;
  const result = paginate(listPublishedPostsInCategory(category.slug), page);
  if (result.totalItems === 0 || page > result.totalPages) return null;
  return { category, page: result };
}

export function homePage(rawPage?: string): Page<PostSummary> {
  return findHomePage(rawPage) ?? notFound();
}

export function categoryPage(
  rawCategory: string,
  rawPage?: string,
): { category: Category; page: Page<PostSummary> } {
  return findCategoryPage(rawCategory, rawPage) ?? notFound();
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
