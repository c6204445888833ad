import sanitizeHtml from "sanitize-html";
import type { RemovalReport } from "./types";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_IMAGE_SCHEMES,
  ALLOWED_SCHEMES,
  ALLOWED_STYLES,
  ALLOWED_TAGS,
  GENERATED_ATTRIBUTES,
  RENAMED_TAGS,
  STYLED_TAGS,
} from "./sanitize-policy";

export type SanitizeResult = { html: string; removed: RemovalReport };

const allowedTagSet = new Set<string>([...ALLOWED_TAGS, ...Object.keys(RENAMED_TAGS)]);
// Tags whose whole content goes with them, as sanitize-html drops it.
const DROPPED_WITH_CONTENT = new Set(["script", "style", "textarea", "option", "noscript", "xmp"]);

function isExternalHref(href: string, siteOrigin: string): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

function styleDeclarations(style: string): Array<[string, string]> {
  return style
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(":");
      if (colon === -1) return [part.toLowerCase(), ""];
      return [part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()];
    });
}

function isAllowedStyle(property: string, value: string): boolean {
  const patterns = ALLOWED_STYLES[property];
  return patterns !== undefined && patterns.some((pattern) => pattern.test(value));
}

/** Counts what the policy will take out of one opening tag, in words an editor understands. */
function recordRemovals(name: string, attribs: Record<string, string>, removed: RemovalReport) {
  const add = (key: string) => {
    removed[key] = (removed[key] ?? 0) + 1;
  };
  if (!allowedTagSet.has(name)) {
    add(DROPPED_WITH_CONTENT.has(name) ? `<${name}> with its content` : `<${name}> tag`);
    return;
  }
  const tag = RENAMED_TAGS[name] ?? name;
  const allowed = ALLOWED_ATTRIBUTES[tag] ?? [];
  for (const attribute of Object.keys(attribs)) {
    if (GENERATED_ATTRIBUTES.has(`${tag}:${attribute}`)) continue;
    if (!allowed.includes(attribute)) {
      add(`${attribute.startsWith("on") ? "event handler" : "attribute"} ${attribute} on <${tag}>`);
      continue;
    }
    if (attribute === "style") {
      for (const [property, value] of styleDeclarations(attribs.style ?? "")) {
        if (!isAllowedStyle(property, value)) add(`style ${property} on <${tag}>`);
      }
    }
  }
}

function buildOptions(siteOrigin: string, removed: RemovalReport): sanitizeHtml.IOptions {
  return {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: {
      ...ALLOWED_ATTRIBUTES,
      a: ["href", "title", { name: "rel", multiple: true, values: ["noopener", "noreferrer"] }],
      img: [
        "src",
        "alt",
        "width",
        "height",
        "title",
        { name: "loading", values: ["lazy"] },
        { name: "decoding", values: ["async"] },
      ],
    },
    allowedStyles: Object.fromEntries(
      STYLED_TAGS.map((tag) => [tag, ALLOWED_STYLES]),
    ) as sanitizeHtml.IOptions["allowedStyles"],
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesByTag: { img: ALLOWED_IMAGE_SCHEMES },
    allowedSchemesAppliedToAttributes: ["href", "src", "cite"],
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    enforceHtmlBoundary: false,
    parseStyleAttributes: true,
    onOpenTag: (name, attribs) => recordRemovals(name, attribs, removed),
    transformTags: {
      ...Object.fromEntries(
        Object.entries(RENAMED_TAGS).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})]),
      ),
      a: (tagName, attribs) => {
        const { rel: _editorRel, ...rest } = attribs;
        const href = rest.href ?? "";
        return {
          tagName,
          attribs: isExternalHref(href, siteOrigin) ? { ...rest, rel: "noopener noreferrer" } : rest,
        };
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, loading: "lazy", decoding: "async" },
      }),
    },
    // The editor's `<p>&nbsp;</p>` spacers: the page's CSS gives the rhythm instead.
    exclusiveFilter: (frame) =>
      frame.tag === "p" && frame.text.trim() === "" && frame.mediaChildren.length === 0,
  };
}

/** Sanitizes one article body with the site's allowlist and reports what it removed. */
export function sanitizeArticleHtml(dirty: string, siteOrigin: string): SanitizeResult {
  const removed: RemovalReport = {};
  const html = sanitizeHtml(dirty, buildOptions(siteOrigin, removed)).trim();
  return { html, removed };
}
