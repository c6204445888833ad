import http from "node:http";
import { describe, expect, inject, it } from "vitest";
import { fetchPage } from "./fetch-page";

// Hostile addresses: each must answer 404 (or 400), never 500, never a file's contents. Route
// parameters are decoded once and matched against the loaded posts only, never joined onto a
// file path.

type RawResponse = { status: number; body: string };

/**
 * Sends the path byte for byte. `fetch` and `new URL` would normalize `..`, `%2e%2e` and
 * backslashes before the server saw them, which is exactly what these tests must not do.
 */
function rawGet(rawPath: string): Promise<RawResponse> {
  const { hostname, port } = new URL(inject("baseUrl"));
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: hostname, port, path: rawPath, method: "GET", headers: { connection: "close" } },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

// What a leaked file would contain: /etc/passwd, the project's package.json or its sources.
const LEAKS = [/root:.*:0:0:/, /"name":\s*"hangul-news"/, /"dependencies"\s*:/, /NEXT_DIST_DIR/];

function expectRefused(path: string, response: RawResponse) {
  expect([400, 404], `${path} answered ${response.status}`).toContain(response.status);
  for (const leak of LEAKS) expect(response.body, path).not.toMatch(leak);
}

describe("hostile article and category addresses", () => {
  const paths = [
    "/articles/..%2F..%2Fetc%2Fpasswd",
    "/articles/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/articles/%2E%2E%2Fpackage.json",
    "/articles/%252e%252e%252fpackage.json",
    "/articles/..%5C..%5Cpackage.json",
    "/articles/%00",
    "/articles/seed-style-article%00",
    "/articles/%E0%A4%A",
    "/articles/%C0%AE%C0%AE",
    "/articles/%FF",
    "/articles/%",
    `/articles/${"a".repeat(10_000)}`,
    "/category/<script>",
    "/category/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "/category/..%2F..%2Fetc%2Fpasswd",
    "/category/%00",
    "/category/%E0%A4%A",
    "/category/news/page/..%2F..%2Fpackage.json",
  ];
  for (const path of paths) {
    it(`refuses ${path.length > 60 ? `${path.slice(0, 40)}… (${path.length} characters)` : path}`, async () => {
      expectRefused(path, await rawGet(path));
    });
  }

  it("treats %2e%2e as the URL standard does: /articles/%2e%2e is /, the front page", async () => {
    // Browsers never send it (they resolve it to / first); Next.js parses it the same way.
    const response = await rawGet("/articles/%2e%2e");
    expect(response.status).toBe(200);
    expect(response.body).toContain("<title>테스트뉴스</title>");
    for (const leak of LEAKS) expect(response.body).not.toMatch(leak);
  });

  it("refuses a 27 000-character Korean slug before it reaches the application", async () => {
    const path = `/articles/${"%ED%95%9C".repeat(3_000)}`;
    const response = await rawGet(path);
    // Node's HTTP parser caps the request line with the headers (16 KB): 431 or 414.
    expect([400, 404, 414, 431]).toContain(response.status);
  });

  it("answers the not-found page for a slug that only looks like a path", async () => {
    const response = await rawGet("/articles/..%2F..%2Fetc%2Fpasswd");
    expect(response.status).toBe(404);
    expect(response.body).toContain("페이지를 찾을 수 없습니다");
  });

  it("never serves a file for an unencoded ../ (the path is normalized before routing)", async () => {
    for (const path of [
      "/articles/../../etc/passwd",
      "/articles/../package.json",
      "/../package.json",
    ]) {
      const response = await rawGet(path);
      expect(response.status, path).not.toBe(500);
      for (const leak of LEAKS) expect(response.body, path).not.toMatch(leak);
    }
  });

  it("serves no file from outside public/ or the build through static paths", async () => {
    for (const path of [
      "/_next/static/..%2F..%2Fpackage.json",
      "/_next/static/%2e%2e/%2e%2e/package.json",
      "/_next/static/..%5C..%5Cpackage.json",
      "/images/..%2F..%2Fpackage.json",
      "/images/%2e%2e/%2e%2e/package.json",
      "/..%2Fpackage.json",
      "/%2e%2e/package.json",
      "/package.json",
      "/.env",
      "/next.config.js",
    ]) {
      expectRefused(path, await rawGet(path));
    }
  });
});

describe("hostile page numbers", () => {
  for (const path of [
    "/page/-1",
    "/page/0",
    "/page/1e9",
    "/page/abc",
    "/page/01",
    "/page/2.0",
    "/page/99999999999999999999",
    "/page/2%00",
    "/category/news/page/-1",
    "/category/news/page/1e9",
    "/category/news/page/abc",
  ]) {
    it(`refuses ${path}`, async () => {
      expectRefused(path, await rawGet(path));
    });
  }

  it("still serves the real list pages around them", async () => {
    expect((await fetchPage("/page/2")).status).toBe(200);
    expect((await fetchPage("/category/news/page/2")).status).toBe(200);
  });
});
