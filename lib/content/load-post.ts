import type { ZodError } from "zod";
import { parsePostDate } from "./dates";
import { inlineBody } from "./post-body";
import { decodePostBytes } from "./decode-text";
import { frontMatterSchema, KNOWN_FRONT_MATTER_KEYS } from "./front-matter-schema";
import { addHeadingIds } from "./heading-ids";
import { renderMarkdown } from "./markdown";
import { htmlToPlainText, readingMinutes, truncateText } from "./plain-text";
import { readFrontMatter } from "./read-front-matter";
import { sanitizeArticleHtml } from "./sanitize-article-html";
import { slugify, splitFileName } from "./slug";
import { wrapTables } from "./wrap-tables";
import type { ContentProblem, Post, PostFormat } from "./types";

export type PostFileInput = {
  /** Path relative to the content folder, forward slashes. */
  relativePath: string;
  bytes: Uint8Array;
  /** Fallback date when neither front matter nor file name has one (git or mtime). */
  fallbackDate: () => { date: Date; source: "git" | "mtime" };
  siteOrigin: string;
};

export type LoadPostResult =
  | { kind: "post"; post: Post; problems: ContentProblem[] }
  | { kind: "skipped"; problems: ContentProblem[] }
  | { kind: "invalid"; problems: ContentProblem[] };

const DESCRIPTION_LENGTH = 150;

/** One line per post: what the sanitizer took out, so nothing disappears silently. */
export function describeRemovals(removed: Record<string, number>): string {
  const parts = Object.entries(removed).map(([what, count]) => `${what} ×${count}`);
  return `sanitizer removed ${parts.join(", ")}`;
}

function formatOf(path: string): PostFormat {
  return /\.(md|markdown)$/i.test(path) ? "markdown" : "html";
}

function schemaProblems(
  error: ZodError,
  file: string,
  keyLines: Map<string, number>,
): ContentProblem[] {
  return error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    return {
      file,
      line: keyLines.get(key) ?? 1,
      severity: "error",
      message: issue.message,
    };
  });
}

/** Loads, validates and sanitizes one post file; every problem names its file and line. */
export function loadPost(input: PostFileInput): LoadPostResult {
  const file = input.relativePath;
  const problem = (line: number, message: string, severity: "error" | "warning" = "error") => ({
    file,
    line,
    severity,
    message,
  });

  const decoded = decodePostBytes(input.bytes);
  if (!decoded.ok) return { kind: "invalid", problems: [problem(1, decoded.message)] };
  if (decoded.text.trim() === "") {
    return { kind: "skipped", problems: [problem(1, "empty file: not published", "warning")] };
  }

  const front = readFrontMatter(decoded.text);
  if (front.kind === "none") {
    return {
      kind: "skipped",
      problems: [
        problem(1, 'no front matter ("---" on the first line): file is not published', "warning"),
      ],
    };
  }
  if (front.kind === "error") {
    return {
      kind: "invalid",
      problems: front.errors.map((e) => ({ ...problem(e.line, e.message), column: e.column })),
    };
  }

  const { data, body, keyLines } = front.block;
  // Editors leave optional fields blank (`image:` or `image: ""`): that means "not set".
  const filled = Object.fromEntries(
    Object.entries(data).filter(([key, value]) => key === "title" || (value !== null && value !== "")),
  );
  const parsed = frontMatterSchema.safeParse(filled);
  if (!parsed.success) {
    return { kind: "invalid", problems: schemaProblems(parsed.error, file, keyLines) };
  }
  const meta = parsed.data;
  const problems: ContentProblem[] = [];
  const lineOf = (key: string) => keyLines.get(key) ?? 1;

  const fileName = file.split("/").pop() ?? file;
  const { datePrefix, stem } = splitFileName(fileName);

  let date: Date | undefined;
  let dateSource: Post["dateSource"] = "front-matter";
  if (meta.date !== undefined) {
    const result = parsePostDate(meta.date);
    if (!result.ok) problems.push(problem(lineOf("date"), `"date": ${result.message}`));
    else date = result.date;
  } else if (datePrefix !== undefined) {
    const result = parsePostDate(datePrefix);
    if (!result.ok) problems.push(problem(1, `date in the file name: ${result.message}`));
    else {
      date = result.date;
      dateSource = "file-name";
    }
  }
  let updated: Date | undefined;
  if (meta.updated !== undefined) {
    const result = parsePostDate(meta.updated);
    if (!result.ok) problems.push(problem(lineOf("updated"), `"updated": ${result.message}`));
    else updated = result.date;
  }

  const slug = slugify(meta.slug ?? stem);
  if (slug === "") {
    problems.push(
      problem(lineOf("slug"), '"slug" is empty after removing characters a URL cannot carry'),
    );
  }
  if (problems.some((p) => p.severity === "error")) return { kind: "invalid", problems };

  if (date === undefined) {
    const fallback = input.fallbackDate();
    date = fallback.date;
    dateSource = fallback.source;
    problems.push(
      problem(
        1,
        fallback.source === "git"
          ? 'no "date": using the time the file was first committed'
          : 'no "date": using the file\'s modification time, which changes on every checkout',
        "warning",
      ),
    );
  }

  const unknownKeys = [...keyLines.keys()].filter((key) => !KNOWN_FRONT_MATTER_KEYS.has(key));
  if (unknownKeys.length > 0) {
    problems.push(
      problem(
        lineOf(unknownKeys[0] ?? ""),
        `unknown front matter keys ignored: ${unknownKeys.join(", ")}`,
        "warning",
      ),
    );
  }

  if (!meta.excerpt && !meta.feature_text) {
    problems.push(
      problem(1, 'no "excerpt": lists and search engines get the first lines of the body', "warning"),
    );
  }
  if (!meta.image) {
    problems.push(problem(1, 'no "image": the article is shared with a generated picture', "warning"));
  }

  const format = formatOf(file);
  const rawHtml = format === "markdown" ? renderMarkdown(body) : body;
  const sanitized = sanitizeArticleHtml(rawHtml, input.siteOrigin);
  // Ids and table boxes go on after sanitizing, which strips such attributes from editors.
  const { html, headings } = addHeadingIds(wrapTables(sanitized.html));
  const { removed } = sanitized;
  const text = htmlToPlainText(html);
  if (Object.keys(removed).length > 0) {
    problems.push(problem(front.block.bodyLine, describeRemovals(removed), "warning"));
  }

  const categories = (meta.categories ?? []).map((name) => ({ name, slug: slugify(name) }));
  const excerpt = meta.excerpt || meta.feature_text || truncateText(text, DESCRIPTION_LENGTH);

  const post: Post = {
    slug,
    title: meta.title,
    excerpt,
    featureText: meta.feature_text || meta.excerpt || "",
    image: meta.image,
    imageAlt: meta.image_alt ?? "",
    date,
    updated: updated && updated.getTime() > date.getTime() ? updated : undefined,
    dateSource,
    categories: categories.filter((c) => c.slug !== ""),
    tags: [...new Set(meta.tags ?? [])],
    author: meta.author || undefined,
    draft: meta.draft ?? false,
    format,
    sourcePath: file,
    readingMinutes: readingMinutes(text),
    body: inlineBody({ html, text, headings }),
    imageInBody: meta.image !== undefined && html.includes(`src="${meta.image.replace(/&/g, "&amp;")}"`),
    removed,
  };
  return { kind: "post", post, problems };
}
