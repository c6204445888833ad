import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";

// Every response, whatever made it (a prerendered page, a dynamic one, the 404 page, a
// redirect, a static file, a crawler route), carries the same security headers from
// lib/security-headers.js. The test site's SITE_URL is https://news.example.kr, so HSTS too.

type Header = { key: string; value: string };
const require = createRequire(import.meta.url);
const { securityHeaders } = require("../../lib/security-headers.js") as {
  securityHeaders: (options: { isDev: boolean }) => Header[];
};

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

function expectSecurityHeaders(path: string, headers: Headers) {
  const csp = headers.get("content-security-policy");
  expect(csp, `${path}: Content-Security-Policy`).toBeTruthy();
  const policy = directives(csp!);
  expect(policy.get("script-src"), path).toEqual(["'self'", "'unsafe-inline'"]);
  expect(policy.get("script-src-attr"), path).toEqual(["'none'"]);
  expect(policy.get("object-src"), path).toEqual(["'none'"]);
  expect(policy.get("base-uri"), path).toEqual(["'self'"]);
  expect(policy.get("frame-ancestors"), path).toEqual(["'self'"]);
  expect(policy.get("form-action"), path).toEqual(["'self'"]);
  expect(policy.get("default-src"), path).toEqual(["'self'"]);
  expect(csp, path).not.toContain("unsafe-eval");
  expect(headers.get("x-content-type-options"), path).toBe("nosniff");
  expect(headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
  const permissions = headers.get("permissions-policy") ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"]) {
    expect(permissions, path).toContain(feature);
  }
  expect(headers.get("strict-transport-security"), path).toBe(
    "max-age=63072000; includeSubDomains",
  );
  expect(headers.get("x-powered-by"), path).toBeNull();
}

/** A JavaScript or CSS file the front page loads from /_next/static. */
async function staticAssetPath(): Promise<string> {
  const { body } = await fetchPage("/");
  const match = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(body);
  expect(match, "no /_next/static asset on the front page").not.toBeNull();
  return match![1]!;
}

describe("security headers on every page type", () => {
  const pages: Array<[string, string, number]> = [
    ["front page", "/", 200],
    ["list page 2", "/page/2", 200],
    ["article", "/articles/seed-style-article", 200],
    ["Korean article", `/articles/${encodeURIComponent("한글-주소-기사")}`, 200],
    ["category", "/category/news", 200],
    ["category page 2", "/category/news/page/2", 200],
    ["search", `/search?q=${encodeURIComponent("도서관")}`, 200],
    ["unknown article (404)", "/articles/no-such-article", 404],
    ["unknown path (404)", "/no/such/path", 404],
    ["hostile path (404)", "/articles/..%2F..%2Fetc%2Fpasswd", 404],
    ["canonical redirect", "/category/News", 308],
    ["robots.txt", "/robots.txt", 200],
    ["sitemap", "/sitemap.xml", 200],
    ["news sitemap", "/news-sitemap.xml", 200],
    ["RSS", "/feed.xml", 200],
    ["Atom", "/atom.xml", 200],
    ["JSON Feed", "/feed.json", 200],
    ["category RSS", "/category/news/feed.xml", 200],
    ["site image", "/opengraph-image", 200],
  ];
  for (const [name, path, status] of pages) {
    it(`${name}: ${path}`, async () => {
      const response = await fetchPage(path);
      expect(response.status).toBe(status);
      expectSecurityHeaders(path, response.headers);
    });
  }

  it("static assets under /_next/static", async () => {
    const path = await staticAssetPath();
    const response = await fetchPage(path);
    expect(response.status).toBe(200);
    expectSecurityHeaders(path, response.headers);
  });
});

describe("the policy for other deployments", () => {
  it("sends HSTS only when SITE_URL is https", () => {
    const saved = process.env.SITE_URL;
    try {
      process.env.SITE_URL = "http://localhost:3000";
      expect(securityHeaders({ isDev: false }).map((h) => h.key)).not.toContain(
        "Strict-Transport-Security",
      );
      process.env.SITE_URL = "https://news.example.kr";
      expect(securityHeaders({ isDev: false }).map((h) => h.key)).toContain(
        "Strict-Transport-Security",
      );
    } finally {
      if (saved === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = saved;
    }
  });

  it("allows eval only in development, for React's debugging", () => {
    const csp = (isDev: boolean) =>
      securityHeaders({ isDev }).find((h) => h.key === "Content-Security-Policy")!.value;
    expect(directives(csp(true)).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(csp(false)).get("script-src")).not.toContain("'unsafe-eval'");
  });
});
