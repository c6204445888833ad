import type { PostSummary } from "./content/types";

type Candidate = Pick<PostSummary, "slug" | "date" | "categories" | "tags">;

const newestFirst = (a: Candidate, b: Candidate) =>
  b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);

/**
 * "관련 기사": other posts that share a category or a tag with `post`, newest first (a news
 * reader wants the latest development of a story, not the closest match from last year).
 * `candidates` are the published posts; `post` itself is never among the results.
 */
export function relatedPosts<T extends Candidate>(
  post: Candidate,
  candidates: readonly T[],
  limit = 4,
): T[] {
  const categories = new Set(post.categories.map((category) => category.slug));
  const tags = new Set(post.tags);
  return candidates
    .filter(
      (candidate) =>
        candidate.slug !== post.slug &&
        (candidate.categories.some((category) => categories.has(category.slug)) ||
          candidate.tags.some((tag) => tags.has(tag))),
    )
    .sort(newestFirst)
    .slice(0, limit);
}

export type CategoryNeighbours<T> = { older?: T; newer?: T };

/**
 * The stories just before and after `post` in its first category, for "이전 기사 / 다음 기사".
 * Posts without a category have no neighbours.
 */
export function categoryNeighbours<T extends Candidate>(
  post: Candidate,
  candidates: readonly T[],
): CategoryNeighbours<T> {
  const category = post.categories[0]?.slug;
  if (category === undefined) return {};
  const inCategory = candidates
    .filter((candidate) => candidate.categories.some((c) => c.slug === category))
    .sort(newestFirst);
  const position = inCategory.findIndex((candidate) => candidate.slug === post.slug);
  if (position === -1) return {};
  return { newer: inCategory[position - 1], older: inCategory[position + 1] };
}
