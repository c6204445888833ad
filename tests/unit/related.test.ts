import { describe, expect, it } from "vitest";
import type { Category } from "@/lib/content/types";
import { categoryNeighbours, relatedPosts } from "@/lib/related";

const category = (name: string): Category => ({ name, slug: name.toLowerCase() });

function candidate(slug: string, date: string, categories: string[], tags: string[] = []) {
  return { slug, date: new Date(date), categories: categories.map(category), tags };
}

// Newest first, as the content index lists them.
const posts = [
  candidate("economy-new", "2026-11-20", ["경제"], ["수출"]),
  candidate("world-tagged", "2026-11-19", ["국제"], ["국방", "외교"]),
  candidate("defense", "2026-11-10", ["국제"], ["국방"]),
  candidate("world-old", "2026-10-01", ["국제"]),
  candidate("tech-tagged", "2026-09-01", ["기술"], ["외교"]),
  candidate("unrelated", "2026-11-21", ["문화"], ["영화"]),
  candidate("no-category", "2026-11-22", []),
];
const defense = posts[2]!;

describe("relatedPosts", () => {
  it("lists posts sharing a category or a tag, newest first, never the post itself", () => {
    expect(relatedPosts(defense, posts).map((p) => p.slug)).toEqual(["world-tagged", "world-old"]);
    const withTag = { ...defense, tags: ["국방", "외교"] };
    expect(relatedPosts(withTag, posts).map((p) => p.slug)).toEqual([
      "world-tagged",
      "world-old",
      "tech-tagged",
    ]);
  });

  it("orders by date even when the candidates come in another order, and stops at the limit", () => {
    const shuffled = [...posts].reverse();
    const withTag = { ...defense, tags: ["외교"] };
    expect(relatedPosts(withTag, shuffled, 2).map((p) => p.slug)).toEqual([
      "world-tagged",
      "world-old",
    ]);
  });

  it("finds nothing for a post that shares nothing", () => {
    expect(relatedPosts(posts[6]!, posts)).toEqual([]);
  });
});

describe("categoryNeighbours", () => {
  it("gives the newer and the older story in the post's first category", () => {
    const { newer, older } = categoryNeighbours(defense, posts);
    expect(newer?.slug).toBe("world-tagged");
    expect(older?.slug).toBe("world-old");
  });

  it("has no newer story for the newest and no older one for the oldest", () => {
    expect(categoryNeighbours(posts[1]!, posts)).toEqual({ newer: undefined, older: posts[2] });
    expect(categoryNeighbours(posts[3]!, posts)).toEqual({ newer: posts[2], older: undefined });
    expect(categoryNeighbours(posts[6]!, posts)).toEqual({});
  });
});
