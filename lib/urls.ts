import { siteConfig } from "./site-config";

/** Site paths, in one canonical spelling: no trailing slash, Korean segments percent-encoded. */
export const paths = {
  home: (page = 1) => (page <= 1 ? "/" : `/page/${page}`),
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  category: (slug: string, page = 1) =>
    page <= 1
      ? `/category/${encodeURIComponent(slug)}`
      : `/category/${encodeURIComponent(slug)}/page/${page}`,
};

export function absoluteUrl(path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${siteConfig.url}${path.startsWith("/") ? path : `/${path}`}`;
}
