/** What a reader, a list or a feed needs to know about a post: never its body. */
export type Category = {
  /** Display name, e.g. `News` or `국제`. */
  name: string;
  /** URL segment, lower case, Korean letters kept, e.g. `news` or `국제`. */
  slug: string;
};

export type DateSource = "front-matter" | "file-name" | "git" | "mtime";

export type PostFormat = "html" | "markdown";

export type PostSummary = {
  slug: string;
  title: string;
  excerpt: string;
  featureText: string;
  image?: string;
  imageAlt: string;
  date: Date;
  updated?: Date;
  dateSource: DateSource;
  categories: Category[];
  tags: string[];
  author?: string;
  draft: boolean;
  format: PostFormat;
  /** Path relative to the content folder, with forward slashes. */
  sourcePath: string;
  readingMinutes: number;
};

/** What the sanitizer took out of a post, so nothing an editor wrote disappears silently. */
export type RemovalReport = Record<string, number>;

/** What only an article page, a feed entry or the search index reads: kept out of memory. */
export type PostBody = {
  /** Sanitized body HTML: safe to render as it is. */
  html: string;
  /** Plain text of the body, for search and snippets. */
  text: string;
  /** The body's `h2`s with the ids lib/content/heading-ids.ts gave them: the table of contents. */
  headings: Array<{ id: string; text: string }>;
};

/**
 * Where a post's body is: in memory right after a file was parsed, or at an offset of the
 * build's load cache file, read on demand (lib/content/post-body.ts). A 10 000-post archive
 * holds about 140 MB of bodies; a server or build worker keeps only their locations.
 */
export type PostBodySource = { kind: "inline"; body: PostBody } | { kind: "packed"; pack: string; offset: number; length: number };

export type Post = PostSummary & {
  body: PostBodySource;
  /** The editor already put the feature image in the body (the seed does): show it once. */
  imageInBody: boolean;
  removed: RemovalReport;
};

export type Severity = "error" | "warning";

export type ContentProblem = {
  /** Path relative to the content folder. */
  file: string;
  line: number;
  column?: number;
  severity: Severity;
  message: string;
};
