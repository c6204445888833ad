/**
 * The allowlist for article bodies, in one place. It keeps what the Korean blog editor uses
 * for editorial formatting (colour highlights, tables, images, links) and nothing that can run
 * code, load a document, submit a form or escape the article's box.
 */

export const ALLOWED_TAGS = [
  "h2", "h3", "h4", "h5", "h6",
  "p", "br", "hr",
  "b", "strong", "i", "em", "u", "s", "del", "ins", "mark", "small", "sub", "sup",
  "span",
  "ul", "ol", "li",
  "blockquote",
  "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
  "img", "a",
  "figure", "figcaption",
  "code", "pre",
] as const;

/**
 * Disallowed tags that go with everything inside them: code and style (`script`, `style`),
 * form contents (`textarea`, `option`), and the raw-text elements whose content a browser and
 * the sanitizer's parser read differently (`xmp`, `noscript`: the 2025–2026 sanitize-html
 * advisories). None of them, nor `svg`/`math`, may ever join ALLOWED_TAGS.
 */
export const DROPPED_WITH_CONTENT = [
  "script",
  "style",
  "textarea",
  "option",
  "xmp",
  "noscript",
] as const;

/** Tags rewritten rather than removed: the page owns the one `h1`. */
export const RENAMED_TAGS: Record<string, string> = { h1: "h2" };

export const STYLED_TAGS = ["span", "p", "b", "strong", "td", "th"] as const;

export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ["href", "title", "rel"],
  img: ["src", "alt", "width", "height", "title", "loading", "decoding"],
  td: ["colspan", "rowspan", "style"],
  th: ["colspan", "rowspan", "style", "scope"],
  ol: ["start", "reversed"],
  span: ["style"],
  p: ["style"],
  b: ["style"],
  strong: ["style"],
};

/** Attributes the sanitizer adds itself; an editor's own values for them are not counted as lost. */
export const GENERATED_ATTRIBUTES = new Set(["a:rel", "img:loading", "img:decoding"]);

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const NUMBER = String.raw`\d{1,3}(?:\.\d+)?%?`;
const ALPHA = String.raw`(?:0|1|0?\.\d+|\d{1,3}%)`;
const RGB_COMMAS = new RegExp(
  String.raw`^rgba?\(\s*${NUMBER}\s*,\s*${NUMBER}\s*,\s*${NUMBER}\s*(?:,\s*${ALPHA}\s*)?\)$`,
  "i",
);
const RGB_SPACES = new RegExp(
  String.raw`^rgba?\(\s*${NUMBER}\s+${NUMBER}\s+${NUMBER}\s*(?:/\s*${ALPHA}\s*)?\)$`,
  "i",
);
// Named colours are plain words; a word cannot carry url(), expression() or an escape.
const NAMED_COLOUR = /^[a-z]{3,24}$/i;

// Every pattern is anchored (^…$): an unanchored one lets `red; background:url(…)` through.
export const ALLOWED_STYLES: Record<string, RegExp[]> = {
  color: [HEX, RGB_COMMAS, RGB_SPACES, NAMED_COLOUR],
  "background-color": [HEX, RGB_COMMAS, RGB_SPACES, NAMED_COLOUR],
  "text-align": [/^(?:left|right|center|justify|start|end)$/i],
  "font-weight": [/^(?:normal|bold|bolder|lighter|[1-9]00)$/i],
};

export const ALLOWED_SCHEMES = ["http", "https", "mailto"];
export const ALLOWED_IMAGE_SCHEMES = ["http", "https"];
