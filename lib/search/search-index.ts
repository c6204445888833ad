import MiniSearch from "minisearch";
import type { Post } from "../content/types";
import { indexTerms } from "./tokenize";

type SearchDocument = {
  id: string;
  title: string;
  excerpt: string;
  tags: string;
  categories: string;
  text: string;
};

export type PostSearchIndex = MiniSearch<SearchDocument>;

// A match in the headline says more than one in the body; tags and categories are the
// editor's own summary of what the story is about.
export const FIELD_BOOSTS = { title: 4, tags: 3, categories: 2, excerpt: 2, text: 1 };

/**
 * Indexes every post, drafts and scheduled ones included: whether a post may be shown is
 * decided per query with the publishing rule, so a scheduled post appears in results at its
 * time without a rebuild of the index.
 */
export function createSearchIndex(posts: readonly Post[]): PostSearchIndex {
  const index = new MiniSearch<SearchDocument>({
    fields: ["title", "excerpt", "tags", "categories", "text"],
    tokenize: (text) => indexTerms(text),
    // indexTerms already normalised every term.
    processTerm: (term) => term,
    searchOptions: {
      // parseQuery builds the expression from terms that are already split and normalised.
      tokenize: (term) => [term],
      processTerm: (term) => term,
      boost: FIELD_BOOSTS,
    },
  });
  index.addAll(
    posts.map((post) => ({
      id: post.slug,
      title: post.title,
      excerpt: post.excerpt,
      tags: post.tags.join(" "),
      categories: post.categories.map((category) => category.name).join(" "),
      text: post.text,
    })),
  );
  return index;
}

// One search index per content index object: built on the first query after the content
// index changes (a rescan that found changed files makes a new object), reused otherwise.
// Kept on globalThis like the content store, so every route bundle shares it.
const holder = globalThis as typeof globalThis & {
  __newsSearchIndexes?: WeakMap<object, PostSearchIndex>;
};

export function cachedSearchIndex(contentIndex: { posts: readonly Post[] }): PostSearchIndex {
  holder.__newsSearchIndexes ??= new WeakMap();
  let index = holder.__newsSearchIndexes.get(contentIndex);
  if (!index) {
    index = createSearchIndex(contentIndex.posts);
    holder.__newsSearchIndexes.set(contentIndex, index);
  }
  return index;
}
