import { describe, expect, it } from "vitest";
import { paginate } from "@/lib/content/queries";
import type { PostSummary } from "@/lib/content/types";
import { buildFrontPage } from "@/lib/front-page";

function post(slug: string, day: number, category: string): PostSummary {
  return {
    slug,
    title: slug,
    excerpt: "",
    featureText: "",
    imageAlt: "",
    date: new Date(Date.UTC(2026, 10, day)),
    dateSource: "front-matter",
    categories: [{ name: category, slug: category }],
    tags: [],
    draft: false,
    format: "html",
    sourcePath: `${slug}.html`,
    readingMinutes: 1,
  };
}

// Newest first, as the published view lists them.
const posts = Array.from({ length: 12 }, (_, i) =>
  post(`p${12 - i}`, 20 - i, i % 3 === 0 ? "경제" : i % 3 === 1 ? "사회" : "기술"),
);
const categories = [
  { name: "경제", slug: "경제" },
  { name: "사회", slug: "사회" },
  { name: "기술", slug: "기술" },
  { name: "문화", slug: "문화" },
];

describe("buildFrontPage (stories related by section on the front page)", () => {
  it("puts the newest story first, the next four in the grid and the rest of page 1 in the list", () => {
    const front = buildFrontPage(paginate(posts, 1, 8), posts, categories);
    expect(front.lead?.slug).toBe("p12");
    expect(front.top.map((p) => p.slug)).toEqual(["p11", "p10", "p9", "p8"]);
    expect(front.latest.map((p) => p.slug)).toEqual(["p7", "p6", "p5"]);
  });

  it("gives each section its newest stories that are not the lead or top stories", () => {
    const front = buildFrontPage(paginate(posts, 1, 8), posts, categories);
    expect(front.sections.map((s) => [s.category.name, s.posts.map((p) => p.slug)])).toEqual([
      ["경제", ["p6", "p3"]],
      ["사회", ["p5", "p2"]],
      ["기술", ["p7", "p4", "p1"]],
    ]);
  });

  it("leaves out a section with nothing left to show, and copes with no posts", () => {
    const empty = buildFrontPage(paginate([], 1, 8), [], categories);
    expect(empty).toMatchObject({ lead: undefined, top: [], latest: [], sections: [] });
  });
});
