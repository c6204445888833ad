import { describe, expect, it } from "vitest";
import { fetchPage } from "./fetch-page";

// Readers without JavaScript must see the not-found page too, not an empty body: the page is
// rendered on the server, inside the site's layout, with status 404 and noindex.
describe("not-found pages", () => {
  for (const path of [
    "/articles/no-such-article",
    "/category/no-such-section",
    "/category/news/page/99",
    "/page/99",
    "/no/such/route",
  ]) {
    it(`${path} answers 404 with the not-found page in its HTML`, async () => {
      const page = await fetchPage(path);
      expect(page.status).toBe(404);
      const body = page.body.slice(page.body.indexOf("<body"));
      expect(body).toMatch(/<h1[^>]*>페이지를 찾을 수 없습니다<\/h1>/);
      expect(body).toContain('href="/"');
      expect(page.body).toContain('<html lang="ko"');
      expect(page.body).toMatch(/<meta name="robots" content="noindex"/);
    });
  }
});
