import { expect } from "vitest";
import { articleLinks, fetchPage } from "./fetch-page";

/** The test build's SITE_URL (tests/helpers/next-server.ts). */
export const SITE = "https://news.example.kr";

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) {
    attrs[match[1]!] = decodeEntities(match[2]!);
  }
  return attrs;
}

function head(html: string): string {
  return html.slice(0, html.indexOf("</head>"));
}

/** Every `<meta>` content for a name or property, in document order. */
export function metaAll(html: string, key: string): string[] {
  return [...head(html).matchAll(/<meta\s[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .filter((a) => a.name === key || a.property === key)
    .map((a) => a.content ?? "");
}

export function meta(html: string, key: string): string | undefined {
  return metaAll(html, key)[0];
}

export function links(html: string, rel: string): Array<Record<string, string>> {
  return [...head(html).matchAll(/<link\s[^>]*>/g)]
    .map((m) => attributes(m[0]))
    .filter((a) => a.rel === rel);
}

export function title(html: string): string | undefined {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

/** Every JSON-LD block on the page, parsed. */
export function jsonLdBlocks(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

/** The test server's path for an absolute site URL. */
export function sitePath(url: string): string {
  expect(url.startsWith(`${SITE}/`) || url === SITE).toBe(true);
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

export async function fetchOk(path: string) {
  const page = await fetchPage(path);
  expect(page.status, path).toBe(200);
  return page;
}

/**
 * Every article a reader can reach from the front page and its later pages, as decoded paths:
 * what sitemaps and feeds must list, whatever fixture posts other tests add.
 */
export async function publishedArticlePaths(): Promise<Set<string>> {
  const found = new Set<string>();
  for (let n = 1; n <= 50; n++) {
    const page = await fetchPage(n === 1 ? "/" : `/page/${n}`);
    if (page.status === 404) break;
    for (const path of articleLinks(page.body)) found.add(path);
  }
  return found;
}

export function decodedPath(url: string): string {
  return decodeURIComponent(new URL(url).pathname);
}
