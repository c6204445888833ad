import fs from "node:fs";
import { readFirstCommitDates } from "./git-dates";
import { loadPost, type LoadPostResult } from "./load-post";
import type { ContentFile } from "./scan-content-folder";
import type { Category, ContentProblem, Post } from "./types";

export type ContentIndex = {
  /** Every loaded post, drafts and scheduled ones included, newest first. */
  posts: Post[];
  bySlug: Map<string, Post>;
  /** Categories by slug, with the display name most posts use. */
  categories: Map<string, Category>;
  problems: ContentProblem[];
};

export type LoadCacheEntry = { key: string; result: LoadPostResult };

/** Parsed results keyed by path, size and mtime, so a rescan only re-reads changed files. */
export type LoadCache = Map<string, LoadCacheEntry>;

export const cacheKey = (file: Pick<ContentFile, "size" | "mtimeMs">) => `${file.size}:${file.mtimeMs}`;

/** Fallback dates from git, read once per folder and only if some file needs one. */
export function lazyGitDates(root: string): () => Map<string, Date> {
  let dates: Map<string, Date> | undefined;
  return () => (dates ??= readFirstCommitDates(root));
}

/** Loads each file not already in `cache` with an unchanged size and mtime, and caches it. */
export function loadFiles(
  root: string,
  files: ContentFile[],
  siteOrigin: string,
  cache: LoadCache,
  gitDates = lazyGitDates(root),
): Array<{ file: ContentFile; result: LoadPostResult }> {
  return files.map((file) => {
    const cached = cache.get(file.relativePath);
    if (cached?.key === cacheKey(file)) return { file, result: cached.result };
    const result = loadPost({
      relativePath: file.relativePath,
      bytes: fs.readFileSync(file.absolutePath),
      siteOrigin,
      fallbackDate: () => {
        const committed = gitDates().get(file.relativePath);
        return committed
          ? { date: committed, source: "git" }
          : { date: new Date(Math.floor(file.mtimeMs)), source: "mtime" };
      },
    });
    cache.set(file.relativePath, { key: cacheKey(file), result });
    return { file, result };
  });
}

export function buildContentIndex(
  root: string,
  files: ContentFile[],
  siteOrigin: string,
  cache: LoadCache = new Map(),
): ContentIndex {
  const results = loadFiles(root, files, siteOrigin, cache);
  const live = new Set(files.map((file) => file.relativePath));
  for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);

  const problems: ContentProblem[] = results.flatMap(({ result }) => result.problems);
  const bySlug = new Map<string, Post>();
  for (const { result } of results) {
    if (result.kind !== "post") continue;
    const { post } = result;
    const existing = bySlug.get(post.slug);
    if (existing) {
      problems.push({
        file: post.sourcePath,
        line: 1,
        severity: "error",
        message: `slug "${post.slug}" is already used by ${existing.sourcePath}: give one of them another "slug"`,
      });
      continue;
    }
    bySlug.set(post.slug, post);
  }

  const categories = canonicalCategories([...bySlug.values()]);
  const posts = [...bySlug.values()]
    .map((post) => ({
      ...post,
      categories: post.categories.map((c) => categories.get(c.slug) ?? c),
    }))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug));
  return { posts, bySlug: new Map(posts.map((p) => [p.slug, p])), categories, problems };
}

/**
 * `News` and `news` are one category. Its name is the spelling most posts use (ties: the
 * alphabetically first), so the choice does not depend on which file was read first.
 */
function canonicalCategories(posts: Post[]): Map<string, Category> {
  const spellings = new Map<string, Map<string, number>>();
  for (const post of posts) {
    for (const { name, slug } of post.categories) {
      const counts = spellings.get(slug) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      spellings.set(slug, counts);
    }
  }
  const categories = new Map<string, Category>();
  for (const [slug, counts] of spellings) {
    const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    categories.set(slug, { name, slug });
  }
  return categories;
}
