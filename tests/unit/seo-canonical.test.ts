import { describe, expect, it } from "vitest";
import { canonicalRedirectPath, httpDate } from "@/lib/seo/canonical";

const articles = new Set(["foo", "한글-주소-기사"]);
const categories = new Set(["news", "국제-뉴스"]);
const lookups = {
  articleExists: (slug: string) => articles.has(slug),
  categoryExists: (slug: string) => categories.has(slug),
};
const redirect = (path: string) => canonicalRedirectPath(path, lookups);
const korean = encodeURIComponent("한글-주소-기사");

describe("canonicalRedirectPath", () => {
  it("leaves canonical paths alone (no redirect loop)", () => {
    for (const path of [
      "/articles/foo",
      `/articles/${korean}`,
      "/category/news",
      "/category/news/page/2",
      "/category/news/feed.xml",
      `/category/${encodeURIComponent("국제-뉴스")}`,
    ]) {
      expect(redirect(path), path).toBeNull();
    }
  });

  it("sends other spellings of an existing article or category to the canonical one", () => {
    expect(redirect("/articles/Foo")).toBe("/articles/foo");
    expect(redirect("/articles/FOO")).toBe("/articles/foo");
    expect(redirect("/category/News")).toBe("/category/news");
    expect(redirect("/category/NEWS/page/2")).toBe("/category/news/page/2");
    expect(redirect("/category/News/feed.xml")).toBe("/category/news/feed.xml");
    // Lower-case percent escapes and a decomposed (NFD, as macOS writes) Korean slug.
    expect(redirect(`/articles/${korean.toLowerCase()}`)).toBe(`/articles/${korean}`);
    const nfd = encodeURIComponent("한글-주소-기사".normalize("NFD"));
    expect(redirect(`/articles/${nfd}`)).toBe(`/articles/${korean}`);
  });

  it("does not redirect to something that does not exist, so the 404 stays where it is", () => {
    expect(redirect("/articles/Missing")).toBeNull();
    expect(redirect("/category/Nope")).toBeNull();
    expect(redirect("/articles/%E0%A4%A")).toBeNull();
    expect(redirect("/about")).toBeNull();
  });
});

describe("httpDate", () => {
  it("writes IMF-fixdate in GMT, whole seconds", () => {
    expect(httpDate(new Date("2026-11-20T00:30:00.750Z"))).toBe("Fri, 20 Nov 2026 00:30:00 GMT");
  });
});
