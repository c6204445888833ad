import { getContentIndex } from "../content/content-store";
import { isPublished } from "../content/publish-rule";
import { postBody } from "../content/post-body";
import type { Post } from "../content/types";
import { highlight, snippet, type Segment } from "./highlight";
import { parseQuery } from "./query";
import { cachedSearchIndex, type PostSearchIndex } from "./search-index";

export const RESULTS_PER_PAGE = 10;

export type SearchHit = {
  post: Post;
  score: number;
  title: Segment[];
  /** Body text around the first match, or the excerpt when the match was elsewhere. */
  snippet: Segment[];
};

export type SearchResults = {
  hits: SearchHit[];
  page: number;
  totalPages: number;
  totalHits: number;
};

type SearchInput = {
  index: PostSearchIndex;
  posts: ReadonlyMap<string, Post>;
  query: string;
  page?: number;
  perPage?: number;
  now?: Date;
};

// Scores that differ only by floating-point noise count as a tie.
const sameScore = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);

/**
 * Published posts matching every word of `query`, most relevant first; among equally
 * relevant posts the newest first. Pages past the last one are empty.
 */
export function runSearch({
  index,
  posts,
  query,
  page = 1,
  perPage = RESULTS_PER_PAGE,
  now = new Date(),
}: SearchInput): SearchResults {
  const parsed = parseQuery(query);
  if (!parsed) return { hits: [], page, totalPages: 0, totalHits: 0 };
  const ranked = index
    .search(parsed.query)
    .flatMap((result) => {
      const post = posts.get(String(result.id));
      return post && isPublished(post, now) ? [{ post, score: result.score }] : [];
    })
    .sort(
      (a, b) =>
        (sameScore(a.score, b.score) ? 0 : b.score - a.score) ||
        b.post.date.getTime() - a.post.date.getTime(),
    );
  const hits = ranked.slice((page - 1) * perPage, page * perPage).map(({ post, score }) => ({
    post,
    score,
    title: highlight(post.title, parsed.highlights),
    snippet:
      snippet(postBody(post).text, parsed.highlights, parsed.fallbackHighlights) ??
      highlight(post.excerpt, parsed.highlights),
  }));
  return {
    hits,
    page,
    totalPages: Math.ceil(ranked.length / perPage),
    totalHits: ranked.length,
  };
}

/** Searches the site's current content with the per-process index. */
export function searchPosts(query: string, page = 1): SearchResults {
  const contentIndex = getContentIndex();
  return runSearch({
    index: cachedSearchIndex(contentIndex),
    posts: contentIndex.bySlug,
    query,
    page,
  });
}

/**
 * Builds the search index now, for a server's start-up, so the first reader to search does not
 * wait for it (seconds on an archive of thousands of posts).
 */
export function warmSearchIndex(): void {
  cachedSearchIndex(getContentIndex());
}
