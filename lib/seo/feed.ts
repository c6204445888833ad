import { Feed, type Category as FeedCategory, type Item } from "feed";
import type { Category, Post } from "../content/types";
import { postBody } from "../content/post-body";
import { siteConfig } from "../site-config";
import { absoluteUrl, paths } from "../urls";
import { feedHtml } from "./feed-html";
import { seoPaths } from "./urls";
import { stripInvalidXmlChars } from "./xml";

/** How many of the newest posts a feed carries. */
export const FEED_SIZE = 50;

export type FeedFormat = "rss" | "atom" | "json";

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/**
 * `feed` writes titles and bodies as CDATA through xml-js, which splits only the first `]]>`;
 * a second one would end the section early and break the document. Splitting every later one
 * here leaves the first for xml-js, so the text round-trips exactly (see the unit tests).
 */
export function cdataText(text: string): string {
  let seen = false;
  return stripInvalidXmlChars(text).replace(/]]>/g, (match) => {
    if (!seen) {
      seen = true;
      return match;
    }
    return "]]]]><![CDATA[>";
  });
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  svg: "image/svg+xml",
};

export function imageMimeType(url: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return (extension && IMAGE_TYPES[extension]) || "image/jpeg";
}

/** The newest time anything in the list changed: the feed's own `updated`. */
function lastChange(posts: Post[]): Date {
  const times = posts.map((post) => (post.updated ?? post.date).getTime());
  return new Date(times.length > 0 ? Math.max(...times) : 0);
}

/**
 * Text per format: RSS titles are plain text; Atom's `type="html"` title and summary and
 * RSS's description are read as HTML, so plain text is escaped before going in; JSON Feed
 * needs no XML treatment at all.
 */
function textFor(format: FeedFormat) {
  if (format === "json") {
    return { title: (t: string) => t, summary: (t: string) => t, html: (t: string) => t };
  }
  return {
    title: (t: string) => cdataText(format === "atom" ? escapeHtml(t) : t),
    summary: (t: string) => cdataText(escapeHtml(t)),
    html: cdataText,
  };
}

function feedCategory(category: Category, format: FeedFormat): FeedCategory {
  const url = absoluteUrl(paths.category(category.slug));
  if (format === "atom") {
    // feed puts Atom's label in an attribute escaping only `&` and `"`; a `<` there would make
    // the document malformed, so such a name is left to the term (the slug) alone.
    return {
      term: category.slug,
      scheme: absoluteUrl("/category/"),
      ...(category.name.includes("<") ? {} : { name: category.name }),
    };
  }
  return { name: category.name, domain: url };
}

function feedItem(post: Post, format: FeedFormat): Item {
  const text = textFor(format);
  const url = absoluteUrl(paths.article(post.slug));
  const image = post.image ? absoluteUrl(post.image) : undefined;
  const leadImage =
    post.image && !post.imageInBody ? { src: post.image, alt: post.imageAlt } : undefined;
  return {
    title: text.title(post.title),
    // RSS: without an id the guid is the link itself, with isPermaLink="true".
    ...(format === "rss" ? {} : { id: url }),
    link: url,
    date: post.updated ?? post.date,
    published: post.date,
    description: text.summary(post.excerpt),
    content: text.html(feedHtml(postBody(post).html, url, leadImage)),
    ...(post.author ? { author: [{ name: post.author }] } : {}),
    category: post.categories.map((category) => feedCategory(category, format)),
    ...(image ? { image: { url: image, type: imageMimeType(image), length: 0 } } : {}),
  };
}

export type FeedScope = { category?: Category };

/** Builds one feed document from posts already filtered by the publish rule, newest first. */
export function renderFeed(format: FeedFormat, posts: Post[], scope: FeedScope = {}): string {
  const { category } = scope;
  const home = absoluteUrl(category ? paths.category(category.slug) : paths.home());
  const feedLinks = category
    ? { rss: absoluteUrl(seoPaths.categoryRss(category.slug)) }
    : {
        rss: absoluteUrl(seoPaths.rss),
        atom: absoluteUrl(seoPaths.atom),
        json: absoluteUrl(seoPaths.jsonFeed),
      };
  const items = posts.slice(0, FEED_SIZE);
  const feed = new Feed({
    title: category ? `${category.name} | ${siteConfig.name}` : siteConfig.name,
    description: category
      ? `${siteConfig.name} ${category.name} 분야의 최신 기사`
      : siteConfig.description,
    id: home,
    link: home,
    language: siteConfig.lang,
    image: absoluteUrl(seoPaths.logo),
    copyright: `© ${siteConfig.name}`,
    updated: lastChange(items),
    generator: siteConfig.name,
    feedLinks,
    author: { name: siteConfig.name, link: absoluteUrl(paths.home()) },
  });
  for (const post of items) feed.addItem(feedItem(post, format));
  if (format === "rss") return feed.rss2();
  if (format === "atom") return feed.atom1();
  return feed.json1();
}
