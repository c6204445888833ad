import MiniSearch from "minisearch";
import { postBody } from "../content/post-body";
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

// The body is indexed up to here: a news story's lead carries its subject, and indexing whole
// bodies costs about three times the memory and start-up time on a large archive
// (docs/PERFORMANCE.md). Snippets still come from the whole text.
export const INDEXED_BODY_CHARACTERS = 2000;

function toDocument(post: Post): SearchDocument {
  return {
    id: post.slug,
    title: post.title,
    excerpt: post.excerpt,
    tags: post.tags.join(" "),
    categories: post.categories.map((category) => category.name).join(" "),
    text: postBody(post).text.slice(0, INDEXED_BODY_CHARACTERS),
  };
}

function newIndex(): PostSearchIndex {
  return new MiniSearch<SearchDocument>({
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
}

/**
 * Indexes every post, drafts and scheduled ones included: whether a post may be shown is
 * decided per query with the publishing rule, so a scheduled post appears in results at its
 * time without a rebuild of the index.
 */
export function createSearchIndex(posts: readonly Post[]): PostSearchIndex {
  const index = newIndex();
  // One document at a time: each body is read from disk, indexed and dropped, so building the
  // index never holds every post's text at once.
  for (const post of posts) index.add(toDocument(post));
  return index;
}

/**
 * What a post's search document is made of, without reading its body: an unchanged file keeps
 * its loaded post, and so the same body source object, across rescans.
 */
type DocumentSource = Pick<Post, "title" | "excerpt" | "tags" | "categories" | "body">;

const sameSource = (a: DocumentSource, b: DocumentSource) =>
  a.body === b.body &&
  a.title === b.title &&
  a.excerpt === b.excerpt &&
  a.tags.join("\n") === b.tags.join("\n") &&
  a.categories.map((c) => c.name).join("\n") === b.categories.map((c) => c.name).join("\n");

type CachedSearch = {
  /** The content index this search index was last brought up to date with. */
  source: object;
  index: PostSearchIndex;
  sources: Map<string, DocumentSource>;
};

// One search index per process, kept on globalThis like the content store so every route
// bundle shares it.
const holder = globalThis as typeof globalThis & { __newsSearchIndex?: CachedSearch };

/**
 * The search index for `contentIndex`. Built on the first search; when the content index
 * changes (a rescan found added, changed or deleted files, which makes a new content index
 * object), only the posts that differ are taken out and put back in, so publishing one story
 * on a large archive costs milliseconds, not a rebuild of the whole index on the next search.
 */
export function cachedSearchIndex(contentIndex: { posts: readonly Post[] }): PostSearchIndex {
  const cached = holder.__newsSearchIndex;
  if (cached?.source === contentIndex) return cached.index;
  const posts = new Map(contentIndex.posts.map((post) => [post.slug, post]));
  const sources = new Map<string, DocumentSource>(posts);
  if (!cached) {
    const index = createSearchIndex(contentIndex.posts);
    holder.__newsSearchIndex = { source: contentIndex, index, sources };
    return index;
  }
  const { index } = cached;
  for (const [slug, previous] of cached.sources) {
    const current = posts.get(slug);
    if (!current) index.discard(slug);
    else if (!sameSource(previous, current)) index.replace(toDocument(current));
  }
  for (const [slug, post] of posts) {
    if (!cached.sources.has(slug)) index.add(toDocument(post));
  }
  holder.__newsSearchIndex = { source: contentIndex, index, sources };
  return index;
}
