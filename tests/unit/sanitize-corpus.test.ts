import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/content/markdown";
import { sanitizeArticleHtml, urlScheme } from "@/lib/content/sanitize-article-html";
import { ALLOWED_SCHEMES } from "@/lib/content/sanitize-policy";

// The whole XSS corpus through the sanitizer, as HTML and as Markdown, without a browser (the
// browser run is tests/browser/xss.spec.ts). What comes out must be a fixed point of the
// policy: cleaning it again removes nothing, so everything in it is on the allowlist.

type Vector = { id: string; html: string };
const vectors = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "fixtures", "xss", "vectors.json"), "utf8"),
) as Vector[];

const ORIGIN = "https://news.example.kr";
const FORBIDDEN_TAG =
  /<(?:script|style|iframe|frame|object|embed|svg|math|base|meta|link|form|textarea|xmp|noscript|template)\b/i;

function problems(html: string): string[] {
  const found: string[] = [];
  const again = sanitizeArticleHtml(html, ORIGIN);
  if (Object.keys(again.removed).length > 0)
    found.push(`second pass removed ${JSON.stringify(again.removed)}`);
  // Text is escaped, so a `<` in the output always opens a tag.
  const tag = FORBIDDEN_TAG.exec(html);
  if (tag) found.push(`tag ${tag[0]}`);
  for (const [openTag] of html.matchAll(/<[a-z][^>]*>/gi)) {
    for (const [, name, value] of openTag.matchAll(/\s([^\s="]+)="([^"]*)"/g)) {
      if (name!.toLowerCase().startsWith("on")) found.push(`attribute ${name}`);
      if (name === "href" || name === "src") {
        const scheme = urlScheme(value!.replace(/&amp;/g, "&"));
        if (scheme !== "" && !ALLOWED_SCHEMES.includes(scheme)) found.push(`${name} ${scheme}:`);
      }
    }
  }
  return found;
}

describe("the XSS corpus through the sanitizer", () => {
  it("has the corpus the README counts", () => {
    expect(vectors.length).toBe(747);
  });

  it("leaves nothing off the allowlist in any vector, as HTML or as Markdown", () => {
    const failures = vectors.flatMap((vector) => [
      ...problems(sanitizeArticleHtml(vector.html, ORIGIN).html).map((p) => `${vector.id}: ${p}`),
      ...problems(sanitizeArticleHtml(renderMarkdown(vector.html), ORIGIN).html).map(
        (p) => `${vector.id} (Markdown): ${p}`,
      ),
    ]);
    expect(failures).toEqual([]);
  });
});
