/** Body text without tags, for descriptions, search and reading time. */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(?:br|\/p|\/h[1-6]|\/li|\/tr|\/td|\/th|\/blockquote|\/figcaption)\b[^>]*>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** Shortens text at a word boundary near `max` characters, adding an ellipsis. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

// Korean readers take in about 500 characters a minute; words are a poor measure for Hangul.
const CHARACTERS_PER_MINUTE = 500;

export function readingMinutes(text: string): number {
  const characters = text.replace(/\s/g, "").length;
  return Math.max(1, Math.round(characters / CHARACTERS_PER_MINUTE));
}
