/**
 * Turns a title, file name or category into a URL segment. Korean letters are kept (readers
 * and Naver expect Korean URLs); NFC first, because macOS writes file names in NFD and the
 * same word must give the same slug on every machine.
 */
export function slugify(input: string): string {
  return input
    .normalize("NFC")
    .trim()
    .toLowerCase()
    .replace(/\s+/gu, "-")
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, "")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "");
}

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-/;
const POST_EXTENSION = /\.(html?|txt|md|markdown)$/i;

/** Jekyll's convention: `2024-06-03-title.md` carries its date in the name. */
export function splitFileName(fileName: string): { datePrefix?: string; stem: string } {
  const base = fileName.normalize("NFC").replace(POST_EXTENSION, "");
  const match = DATE_PREFIX.exec(base);
  if (match?.[1]) return { datePrefix: match[1], stem: base.slice(match[0].length) };
  return { stem: base };
}

export function isPostFileName(fileName: string): boolean {
  return POST_EXTENSION.test(fileName);
}

/**
 * A route parameter as the reader typed it, or as Next.js passed it (sometimes still
 * percent-encoded for non-ASCII segments). Returns null when it cannot be a slug at all, so
 * the caller answers 404 instead of throwing.
 */
export function normalizeSlugParam(raw: string): string | null {
  if (raw.length === 0 || raw.length > 400) return null;
  let decoded = raw;
  if (raw.includes("%")) {
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      return null;
    }
  }
  return decoded.normalize("NFC").toLowerCase();
}
