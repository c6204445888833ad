import { normalizeSlugParam } from "../content/slug";

export type CanonicalLookups = {
  /** The slug of a published article, or undefined. */
  articleExists: (slug: string) => boolean;
  categoryExists: (slug: string) => boolean;
};

const ARTICLE = /^\/articles\/([^/]+)$/;
const CATEGORY = /^\/category\/([^/]+)((?:\/.*)?)$/;

/**
 * The canonical spelling of an article or category path, when the request used another one
 * (`/category/News`, lower-case percent escapes, a Korean slug in NFD) and the thing exists;
 * otherwise null, and the route answers as usual (200 or 404). Slugs are lower case NFC and
 * percent-encoded with upper-case escapes, as `encodeURIComponent` writes them.
 */
export function canonicalRedirectPath(pathname: string, lookups: CanonicalLookups): string | null {
  const article = ARTICLE.exec(pathname);
  if (article?.[1]) {
    const slug = normalizeSlugParam(article[1]);
    if (slug === null || !lookups.articleExists(slug)) return null;
    const canonical = `/articles/${encodeURIComponent(slug)}`;
    return canonical === pathname ? null : canonical;
  }
  const category = CATEGORY.exec(pathname);
  if (category?.[1]) {
    const slug = normalizeSlugParam(category[1]);
    if (slug === null || !lookups.categoryExists(slug)) return null;
    const canonical = `/category/${encodeURIComponent(slug)}${category[2] ?? ""}`;
    return canonical === pathname ? null : canonical;
  }
  return null;
}

/** `Last-Modified` wants the IMF-fixdate form: `Tue, 24 Nov 2026 08:00:00 GMT`. */
export function httpDate(date: Date): string {
  return new Date(Math.floor(date.getTime() / 1000) * 1000).toUTCString();
}
