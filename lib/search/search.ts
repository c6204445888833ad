import { LRUCache } from "lru-cache";
import { getContentIndex } from "../content/content-store";
import { isPublished } from "../content/publish-rule";
import { publishedView, type PublishedView } from "../content/published-view";
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

type CachedResults = { view: PublishedView; results: SearchResults };

// Readers search for the same few things at once (a breaking story's name), and each search of a
// large archive walks thousands of matches: recent answers are kept, per process, for as long
// as what readers may see is unchanged. Bounded by count; a page of results is a few kilobytes.
const holder = globalThis as typeof globalThis & {
  __newsSearchResults?: LRUCache<string, CachedResults>;
};
const recentResults = (holder.__newsSearchResults ??= new LRUCache({ max: 500 }));

/** Searches the site's current content with the per-process index. */
export function searchPosts(query: string, page = 1, now = new Date()): SearchResults {
  const contentIndex = getContentIndex();
  // A new content index or a scheduled post's time arriving gives a new view.
  const view = publishedView(contentIndex, now);
  const key = `${page}\n${query}`;
  const cached = recentResults.get(key);
  if (cached?.view === view) return cached.results;
  const results = runSearch({
    index: cachedSearchIndex(contentIndex),
    posts: contentIndex.bySlug,
    query,
    page,
    now,
  });
  recentResults.set(key, { view, results });
  return results;
}

/**
 * Builds the search index now, for a server's start-up, so the first reader to search does not
 * wait for it (seconds on an archive of thousands of posts).
 */
export function warmSearchIndex(): void {
  cachedSearchIndex(getContentIndex());
}
