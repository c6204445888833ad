import type { PostSummary } from "./content/types";

type Candidate = Pick<PostSummary, "slug" | "date" | "categories" | "tags">;

const newestFirst = (a: Candidate, b: Candidate) =>
  b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);

/**
 * "관련 기사": other posts that share a category or a tag with `post`, newest first (a news
 * reader wants the latest development of a story, not the closest match from last year).
 * `candidates` are the published posts; `post` itself is never among the results.
 *
 * One pass that keeps the best `limit` so far, never a sort of the archive: every article page
 * calls this with every published post, so sorting here would make builds and renders of a
 * large archive quadratic.
 */
export function relatedPosts<T extends Candidate>(
  post: Candidate,
  candidates: readonly T[],
  limit = 4,
): T[] {
  const categories = new Set(post.categories.map((category) => category.slug));
  const tags = new Set(post.tags);
  const best: T[] = [];
  for (const candidate of candidates) {
    if (best.length === limit && newestFirst(candidate, best[limit - 1]!) >= 0) continue;
    if (
      candidate.slug === post.slug ||
      !(
        candidate.categories.some((category) => categories.has(category.slug)) ||
        candidate.tags.some((tag) => tags.has(tag))
      )
    ) {
      continue;
    }
    const at = best.findIndex((kept) => newestFirst(candidate, kept) < 0);
    best.splice(at === -1 ? best.length : at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

export type CategoryNeighbours<T> = { older?: T; newer?: T };

/**
 * The stories just before and after `post` in its first category, for "이전 기사 / 다음 기사".
 * Posts without a category, or not among `candidates`, have no neighbours. One pass, no sort.
 */
export function categoryNeighbours<T extends Candidate>(
  post: Candidate,
  candidates: readonly T[],
): CategoryNeighbours<T> {
  const category = post.categories[0]?.slug;
  if (category === undefined) return {};
  let found = false;
  let newer: T | undefined;
  let older: T | undefined;
  for (const candidate of candidates) {
    if (!candidate.categories.some((c) => c.slug === category)) continue;
    if (candidate.slug === post.slug) {
      found = true;
      continue;
    }
    const order = newestFirst(candidate, post);
    if (order < 0 && (newer === undefined || newestFirst(candidate, newer) > 0)) newer = candidate;
    if (order > 0 && (older === undefined || newestFirst(candidate, older) < 0)) older = candidate;
  }
  return found ? { newer, older } : {};
}
