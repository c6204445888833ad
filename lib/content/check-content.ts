import fs from "node:fs";
import path from "node:path";
import { buildContentIndex, type LoadCache } from "./build-content-index";
import { contentRoot } from "./content-store";
import { formatProblem, sortProblems } from "./format-problems";
import { loadPostsInParallel, type StoreBody } from "./load-posts-parallel";
import { checkReferences } from "./reference-checks";
import { scanContentFolder } from "./scan-content-folder";
import type { ContentProblem } from "./types";

export type ContentCheckReport = {
  root: string;
  files: number;
  posts: number;
  problems: ContentProblem[];
  errors: number;
  warnings: number;
};

/** Validates every file in the content folder with the same rules the site loads them with. */
export async function checkContent(
  root = contentRoot(),
  siteOrigin = "http://localhost",
  publicDir = path.resolve("public"),
  cache: LoadCache = new Map(),
  /** Where bodies go as they are loaded (the build's cache file); in memory without one. */
  storeBody?: StoreBody,
): Promise<ContentCheckReport> {
  const files = scanContentFolder(root);
  await loadPostsInParallel({ root, files, siteOrigin }, cache, storeBody);
  const index = buildContentIndex(root, files, siteOrigin, cache);
  // Each file is read again for line numbers, one at a time: a large archive's sources are
  // never all in memory.
  const loaded = files.flatMap((file) => {
    const result = cache.get(file.relativePath)?.result;
    if (result?.kind !== "post" || index.bySlug.get(result.post.slug)?.sourcePath !== file.relativePath) {
      return [];
    }
    return [{ post: result.post, readSource: () => fs.readFileSync(file.absolutePath, "utf8") }];
  });
  const problems = sortProblems([...index.problems, ...checkReferences(index, loaded, publicDir)]);
  return {
    root,
    files: files.length,
    posts: index.posts.length,
    problems,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
  };
}

export function formatReport(report: ContentCheckReport): string {
  const lines = [
    ...report.problems.map(formatProblem),
    `${report.files} files, ${report.posts} posts: ${report.errors} errors, ${report.warnings} warnings`,
  ];
  return lines.join("\n");
}
