import sanitizeHtml from "sanitize-html";
import type { RemovalReport } from "./types";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_IMAGE_SCHEMES,
  ALLOWED_SCHEMES,
  ALLOWED_STYLES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  GENERATED_ATTRIBUTES,
  RENAMED_TAGS,
  STYLED_TAGS,
} from "./sanitize-policy";

export type SanitizeResult = { html: string; removed: RemovalReport };

const allowedTagSet = new Set<string>([...ALLOWED_TAGS, ...Object.keys(RENAMED_TAGS)]);
const droppedWithContent = new Set<string>(DROPPED_WITH_CONTENT);

function isExternalHref(href: string, siteOrigin: string): boolean {
  if (!/^(?:https?:)?\/\//i.test(href)) return false;
  try {
    return new URL(href, siteOrigin).origin !== siteOrigin;
  } catch {
    return true;
  }
}

// Characters a browser (or an old one) may skip inside a URL, and invisible ones an editor
// cannot see: ASCII controls and space, Unicode spaces, line separators and format characters
// (zero-width space, byte-order mark, bidi marks).
const URL_NOISE = /[\u0000-\u0020\u007f-\u00a0\p{Z}\p{Cf}]+/gu;
const URL_SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The scheme a URL attribute really has: `javascript` for `&#xA0;java&#9;script:…`, `//` for a
 * protocol-relative URL (`//host`, `/\host`), "" for a relative one. Stricter than
 * sanitize-html's own check (every rejection there is a rejection here), so each URL the
 * policy drops is dropped, and counted, in one place.
 */
export function urlScheme(value: string): string {
  let url = value.replace(URL_NOISE, "");
  // An HTML comment inside a URL (`java<!-- -->script:`) is skipped by old parsers.
  url = url.replace(/<!--[\s\S]*?-->/g, "");
  const scheme = URL_SCHEME.exec(url)?.[1];
  if (scheme !== undefined) return scheme.toLowerCase();
  return /^[/\\]{2}/.test(url) ? "//" : "";
}

function isAllowedUrl(value: string, schemes: readonly string[]): boolean {
  const scheme = urlScheme(value);
  return scheme === "" || schemes.includes(scheme);
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

/** Counts removals in words an editor understands: one entry per kind, with a count. */
function counter(removed: RemovalReport) {
  return (key: string) => {
    removed[key] = (removed[key] ?? 0) + 1;
  };
}

/**
 * Counts what the policy will take out of one opening tag. Tags inside an element that goes
 * with its content (`<noscript><p onclick>`) are not counted again: the editor is told about
 * the `<noscript>`, whose whole content went.
 */
function removalRecorder(removed: RemovalReport) {
  const add = counter(removed);
  const droppedStack: string[] = [];
  return {
    open(name: string, attribs: Record<string, string>) {
      if (droppedStack.length > 0) {
        if (droppedStack.at(-1) === name) droppedStack.push(name);
        return;
      }
      if (!allowedTagSet.has(name)) {
        if (droppedWithContent.has(name)) {
          droppedStack.push(name);
          add(`<${name}> with its content`);
        } else add(`<${name}> tag`);
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
    },
    close(name: string) {
      if (droppedStack.at(-1) === name) droppedStack.pop();
    },
  };
}

/** Drops a URL attribute whose scheme the policy does not allow, and counts it. */
function withoutUnsafeUrl(
  tag: string,
  attribs: sanitizeHtml.Attributes,
  attribute: "href" | "src",
  schemes: readonly string[],
  removed: RemovalReport,
): sanitizeHtml.Attributes {
  const value = attribs[attribute];
  if (value === undefined || isAllowedUrl(value, schemes)) return attribs;
  const scheme = urlScheme(value);
  counter(removed)(
    `${attribute} ${scheme === "//" ? "protocol-relative" : `${scheme}:`} on <${tag}>`,
  );
  const { [attribute]: _unsafe, ...rest } = attribs;
  return rest;
}

function buildOptions(siteOrigin: string, removed: RemovalReport): sanitizeHtml.IOptions {
  const recorder = removalRecorder(removed);
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
    // sanitize-html's default plus <noscript>, whose content a reader with JavaScript never
    // sees and which browsers parse as raw text (so it is also where parser tricks hide).
    nonTextTags: [...DROPPED_WITH_CONTENT],
    onOpenTag: (name, attribs) => recorder.open(name, attribs),
    onCloseTag: (name) => recorder.close(name),
    transformTags: {
      ...Object.fromEntries(
        Object.entries(RENAMED_TAGS).map(([from, to]) => [from, sanitizeHtml.simpleTransform(to, {})]),
      ),
      a: (tagName, attribs) => {
        const { rel: _editorRel, ...rest } = withoutUnsafeUrl(
          tagName,
          attribs,
          "href",
          ALLOWED_SCHEMES,
          removed,
        );
        const href = rest.href ?? "";
        return {
          tagName,
          attribs: isExternalHref(href, siteOrigin) ? { ...rest, rel: "noopener noreferrer" } : rest,
        };
      },
      img: (tagName, attribs) => ({
        tagName,
        attribs: {
          ...withoutUnsafeUrl(tagName, attribs, "src", ALLOWED_IMAGE_SCHEMES, removed),
          loading: "lazy",
          decoding: "async",
        },
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
