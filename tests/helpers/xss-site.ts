// The XSS site: one post per attack vector from tests/fixtures/xss, built into its own dist
// folder so it never disturbs the shared fixture site.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, type BuildOptions } from "./next-server";

export type BodyVector = { id: string; source: string; html: string };

export type FrontMatterField =
  "title" | "excerpt" | "feature_text" | "author" | "tags" | "categories";

export type FrontMatterVector = {
  id: string;
  source: string;
  field: FrontMatterField;
  value: string;
};

/** One generated post: where it is served and which vector it carries. */
export type XssPost =
  | { kind: "body"; format: "html" | "markdown"; slug: string; vector: BodyVector }
  | { kind: "front-matter"; slug: string; vector: FrontMatterVector }
  | { kind: "editorial"; slug: string };

/** A seed-style post whose formatting must come through, with a few hostile styles mixed in. */
export const EDITORIAL_SLUG = "editorial-formatting";

const FIXTURES = path.join(ROOT, "tests", "fixtures", "xss");

export function loadBodyVectors(): BodyVector[] {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, "vectors.json"), "utf8")) as BodyVector[];
}

export function loadFrontMatterVectors(): FrontMatterVector[] {
  return JSON.parse(
    fs.readFileSync(path.join(FIXTURES, "front-matter-vectors.json"), "utf8"),
  ) as FrontMatterVector[];
}

/**
 * A YAML double-quoted scalar that reads back as exactly `value`: quotes and backslashes are
 * escaped, and so is every character YAML would fold, reject or treat as a line break
 * (C0/C1 controls, DEL, U+2028/U+2029, the byte-order mark).
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (char === '"' || char === "\\") out += `\\${char}`;
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff
    ) {
      out += `\\u${code.toString(16).padStart(4, "0")}`;
    } else out += char;
  }
  return `${out}"`;
}

function frontMatter(fields: Record<string, string | string[]>): string {
  const lines = Object.entries(fields).map(([key, value]) =>
    Array.isArray(value)
      ? `${key}:\n${value.map((item) => `  - ${yamlString(item)}`).join("\n")}`
      : `${key}: ${yamlString(value)}`,
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

/** Body vectors are also served as Markdown when they are Markdown payloads. */
export const isMarkdownVector = (vector: BodyVector) => vector.id.startsWith("md-");

export const XSS_CATEGORY = "xss";
export const FRONT_MATTER_CATEGORY = "front-matter";

/** Writes one post per vector into `dir` (emptied first) and lists them. */
export function writeXssContent(dir: string): XssPost[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "body"), { recursive: true });
  fs.mkdirSync(path.join(dir, "front-matter"), { recursive: true });
  const posts: XssPost[] = [];

  for (const vector of loadBodyVectors()) {
    const fields = {
      title: `XSS ${vector.id}`,
      slug: vector.id,
      date: "2020-01-01 09:00:00 +0900",
      categories: [XSS_CATEGORY],
    };
    // The vector's bytes go into the body as they are, control characters included.
    fs.writeFileSync(
      path.join(dir, "body", `${vector.id}.html`),
      frontMatter(fields) + vector.html,
    );
    posts.push({ kind: "body", format: "html", slug: vector.id, vector });
    if (isMarkdownVector(vector)) {
      const slug = `markdown-${vector.id}`;
      fs.writeFileSync(
        path.join(dir, "body", `${vector.id}.md`),
        frontMatter({ ...fields, title: `XSS Markdown ${vector.id}`, slug }) + vector.html,
      );
      posts.push({ kind: "body", format: "markdown", slug, vector });
    }
  }

  fs.writeFileSync(
    path.join(dir, "body", `${EDITORIAL_SLUG}.html`),
    frontMatter({
      title: "편집 서식 보존",
      slug: EDITORIAL_SLUG,
      date: "2020-01-01 09:00:00 +0900",
      categories: [XSS_CATEGORY],
    }) + fs.readFileSync(path.join(FIXTURES, "editorial.html"), "utf8"),
  );
  posts.push({ kind: "editorial", slug: EDITORIAL_SLUG });

  for (const vector of loadFrontMatterVectors()) {
    const fields: Record<string, string | string[]> = {
      title: `FM ${vector.id}`,
      slug: vector.id,
      // Newer than the body vectors: these posts lead the front page.
      date: "2021-01-01 09:00:00 +0900",
      categories: [FRONT_MATTER_CATEGORY],
      excerpt: `front matter vector ${vector.id}`,
    };
    fields[vector.field] =
      vector.field === "tags" || vector.field === "categories" ? [vector.value] : vector.value;
    fs.writeFileSync(
      path.join(dir, "front-matter", `${vector.id}.html`),
      `${frontMatter(fields)}<p>front matter vector ${vector.id}</p>\n`,
    );
    posts.push({ kind: "front-matter", slug: vector.id, vector });
  }
  return posts;
}

export const XSS_CONTENT_DIR = path.join(os.tmpdir(), "hangul-news-xss-content");

export const XSS_SITE: BuildOptions = {
  distDir: ".next-test-xss",
  env: {
    CONTENT_DIR: XSS_CONTENT_DIR,
    // Every front-matter vector post on the front page.
    POSTS_PER_PAGE: "100",
    SITE_URL: "https://news.example.kr",
    SITE_NAME: "테스트뉴스",
  },
};

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** What the build depends on: the generated posts and the site's code. */
function buildFingerprint(contentDir: string): string {
  const hash = crypto.createHash("sha256");
  const rootFiles = fs
    .readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:[cm]?[jt]sx?|json)$/.test(entry.name))
    // Builds rewrite tsconfig.json and next-env.d.ts; the lock file stands for packages.
    .filter((entry) => !["tsconfig.json", "package.json", "next-env.d.ts"].includes(entry.name))
    .map((entry) => path.join(ROOT, entry.name));
  const sources = [
    ...filesUnder(contentDir),
    ...["app", "components", "lib", "public", "deploy"].flatMap((dir) =>
      filesUnder(path.join(ROOT, dir)),
    ),
    ...rootFiles.sort(),
  ];
  for (const file of sources) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

/**
 * Builds the XSS site unless its dist folder already holds a build of this exact content and
 * code. The corpus points images and links at paths that do not exist (`/missing-photo.png`,
 * `x`), which the content check rightly reports as errors, so this build skips the pre-build
 * check (NEWS_CONTENT_CHECKED=1); the spec runs the check itself and asserts what it says.
 */
export function buildXssSite(options: BuildOptions = XSS_SITE): void {
  const stamp = path.join(ROOT, options.distDir, "xss-site.fingerprint");
  const fingerprint = buildFingerprint(options.env.CONTENT_DIR ?? "");
  const buildId = path.join(ROOT, options.distDir, "BUILD_ID");
  if (
    fs.existsSync(buildId) &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, "utf8") === fingerprint
  ) {
    return;
  }
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...options.env,
        NEXT_DIST_DIR: options.distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        NEWS_CONTENT_CHECKED: "1",
      },
      stdio: "inherit",
    },
  );
  if (result.status !== 0) throw new Error(`next build failed for ${options.distDir}`);
  fs.writeFileSync(stamp, fingerprint);
}
