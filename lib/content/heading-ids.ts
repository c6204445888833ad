import { htmlToPlainText } from "./plain-text";
import { slugify } from "./slug";

export type Heading = { id: string; text: string };

// Ids the page itself uses: a section heading must never take one of them.
const RESERVED_IDS = new Set(["main", "toc", "top", "related", "share", "search", "q"]);

// A bare identifier-shaped id (`config`, `location`) becomes a global on `window` and can
// shadow a name a script reads; a hyphen or a Korean letter makes that practically impossible.
const PLAIN_IDENTIFIER = /^[a-z_$][a-z0-9_$]*$/;

function baseId(text: string): string {
  // Hyphens only: slugify keeps `_`, but `__next_f`-like ids must never appear.
  const slug = slugify(text).replace(/_/g, "-").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
  if (slug === "") return "section";
  const short = slug.length > 60 ? slug.slice(0, 60).replace(/-+$/, "") : slug;
  return PLAIN_IDENTIFIER.test(short) || RESERVED_IDS.has(short) ? `section-${short}` : short;
}

// The sanitizer's output is well formed and keeps no attribute on `h2`, so a pattern is exact
// here; on arbitrary HTML it would not be.
const H2 = /<h2>([\s\S]*?)<\/h2>/g;

/**
 * Gives every `h2` of a sanitized body a stable, readable id (`야간-개관-확대의-배경`) so the
 * table of contents can link to it. Runs after sanitizing because sanitize-html removes ids
 * (an editor's ids could clash with the page's own). Returns the headings in order.
 */
export function addHeadingIds(html: string): { html: string; headings: Heading[] } {
  const headings: Heading[] = [];
  const used = new Map<string, number>();
  const result = html.replace(H2, (_match, inner: string) => {
    const text = htmlToPlainText(inner);
    const base = baseId(text);
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    used.set(id, Math.max(used.get(id) ?? 0, 1));
    headings.push({ id, text });
    return `<h2 id="${id}">${inner}</h2>`;
  });
  return { html: result, headings };
}
