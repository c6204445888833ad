import { inject } from "vitest";

export type FetchedPage = { status: number; headers: Headers; body: string };

/** Fetches a path from the test server without following redirects. */
export async function fetchPage(path: string, init?: RequestInit): Promise<FetchedPage> {
  const response = await fetch(`${inject("baseUrl")}${path}`, { redirect: "manual", ...init });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The visible text of the first element matching a simple tag pattern. */
export function titleOf(html: string): string | undefined {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1];
}

/** Article links of a list page, in order. */
export function articleLinks(html: string): string[] {
  return [...html.matchAll(/<h[23][^>]*><a[^>]*href="(\/articles\/[^"]+)"/g)].map((m) =>
    decodeURIComponent(m[1]!),
  );
}
