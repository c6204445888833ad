import sanitizeHtml from "sanitize-html";
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from "../content/sanitize-policy";

/** Resolves a site path or relative reference against the article; other URLs stay as they are. */
export function absolutizeUrl(value: string, base: string): string {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return trimmed;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return trimmed;
  }
}

/**
 * A post's body for feed readers, which show it away from the site: `/images/a.jpg` and
 * `/articles/b` must become absolute. The body is already sanitized (lib/content); parsing it
 * again with the same allowlist rewrites `href`/`src` on real elements, not on look-alike text.
 */
export function feedHtml(
  html: string,
  articleUrl: string,
  leadImage?: { src: string; alt: string },
): string {
  const rewritten = sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.href
          ? { ...attribs, href: absolutizeUrl(attribs.href, articleUrl) }
          : attribs,
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: attribs.src
          ? { ...attribs, src: absolutizeUrl(attribs.src, articleUrl) }
          : attribs,
      }),
    },
  });
  if (!leadImage) return rewritten;
  const src = escapeAttribute(absolutizeUrl(leadImage.src, articleUrl));
  return `<figure><img src="${src}" alt="${escapeAttribute(leadImage.alt)}"></figure>${rewritten}`;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/"/g, "&quot;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}
