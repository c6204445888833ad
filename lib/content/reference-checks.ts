import fs from "node:fs";
import path from "node:path";
import type { ContentIndex } from "./build-content-index";
import { postBody } from "./post-body";
import { normalizeSlugParam } from "./slug";
import type { ContentProblem, Post } from "./types";

/**
 * Checks that need the whole content folder and the site around it: links to other articles,
 * site-path images, category spellings. They run in `npm run content:check` and before a
 * build; a running server does not skip a post for them (a dead link is not a danger).
 */
export function checkReferences(
  index: ContentIndex,
  /** Posts as loaded, before category names were merged, and how to read their file text. */
  loaded: Array<{ post: Post; readSource: () => string }>,
  publicDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const categoryLines: Array<{ post: Post; line: number }> = [];
  for (const { post, readSource } of loaded) {
    const source = readSource();
    problems.push(...checkPostReferences(post, index, source, publicDir));
    const line = source.split("\n").findIndex((text) => /^categories\s*:/.test(text)) + 1 || 1;
    categoryLines.push({ post, line });
  }
  return [...problems, ...checkCategorySpellings(categoryLines)];
}

function lineOf(source: string, needle: string): { line: number; column: number } {
  const offset = source.indexOf(needle);
  if (offset === -1) return { line: 1, column: 1 };
  const before = source.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

function checkPostReferences(
  post: Post,
  index: ContentIndex,
  source: string,
  publicDir: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (needle: string, message: string): ContentProblem => ({
    file: post.sourcePath,
    ...lineOf(source, needle),
    severity: "error",
    message,
  });

  const { html } = postBody(post);
  for (const [, href] of html.matchAll(/<a [^>]*href="\/articles\/([^"#?]+)/g)) {
    const slug = normalizeSlugParam(href!.replace(/&amp;/g, "&"));
    if (slug === null || !index.bySlug.has(slug)) {
      problems.push(at(`/articles/${href}`, `link to /articles/${href}: no article has that slug`));
    }
  }

  const sitePaths = [...html.matchAll(/<img [^>]*src="(\/[^"]+)"/g)].map((m) => m[1]!);
  if (post.image?.startsWith("/")) sitePaths.push(post.image);
  for (const src of new Set(sitePaths)) {
    const filePath = decodeURIComponent(src.split(/[?#]/)[0]!.replace(/&amp;/g, "&"));
    const resolved = path.join(publicDir, filePath);
    if (!resolved.startsWith(publicDir) || !fs.existsSync(resolved)) {
      problems.push(at(src, `image ${src} is not in public/: add the file or fix the path`));
    }
  }
  return problems;
}

/** `News` and `news` are merged, but an editor should pick one spelling. */
function checkCategorySpellings(loaded: Array<{ post: Post; line: number }>): ContentProblem[] {
  const spellings = new Map<string, Map<string, { file: string; line: number }>>();
  for (const { post, line } of loaded) {
    for (const { name } of post.categories) {
      const key = name.toLowerCase();
      const names = spellings.get(key) ?? new Map<string, { file: string; line: number }>();
      if (!names.has(name)) names.set(name, { file: post.sourcePath, line });
      spellings.set(key, names);
    }
  }
  const problems: ContentProblem[] = [];
  for (const names of spellings.values()) {
    if (names.size < 2) continue;
    const list = [...names.keys()].map((name) => `"${name}"`).join(", ");
    for (const [name, { file, line }] of names) {
      problems.push({
        file,
        line,
        column: 1,
        severity: "warning",
        message: `category "${name}" differs only in case from another spelling (${list}): they are shown as one category`,
      });
    }
  }
  return problems;
}
