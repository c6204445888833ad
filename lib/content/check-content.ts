import { buildContentIndex } from "./build-content-index";
import { contentRoot } from "./content-store";
import { formatProblem, sortProblems } from "./format-problems";
import { scanContentFolder } from "./scan-content-folder";
import type { ContentProblem } from "./types";

export type ContentCheckReport = {
  root: string;
  files: number;
  posts: number;
  problems: ContentProblem[];
  errors: number;
  warnings: number;
  /** One line per post the sanitizer changed: what it removed and how many. */
  removals: Array<{ file: string; removed: Record<string, number> }>;
};

/** Validates every file in the content folder with the same rules the site loads them with. */
export function checkContent(root = contentRoot(), siteOrigin = "http://localhost"): ContentCheckReport {
  const files = scanContentFolder(root);
  const index = buildContentIndex(root, files, siteOrigin);
  const problems = sortProblems(index.problems);
  const removals = index.posts
    .filter((post) => Object.keys(post.removed).length > 0)
    .map((post) => ({ file: post.sourcePath, removed: post.removed }))
    .sort((a, b) => a.file.localeCompare(b.file));
  return {
    root,
    files: files.length,
    posts: index.posts.length,
    problems,
    errors: problems.filter((p) => p.severity === "error").length,
    warnings: problems.filter((p) => p.severity === "warning").length,
    removals,
  };
}

export function formatRemoval({ file, removed }: ContentCheckReport["removals"][number]): string {
  const parts = Object.entries(removed).map(([what, count]) => `${what} ×${count}`);
  return `${file}: sanitizer removed ${parts.join(", ")}`;
}

export function formatReport(report: ContentCheckReport): string {
  const lines = [
    ...report.problems.map(formatProblem),
    ...report.removals.map(formatRemoval),
    `${report.files} files, ${report.posts} posts: ${report.errors} errors, ${report.warnings} warnings`,
  ];
  return lines.join("\n");
}
