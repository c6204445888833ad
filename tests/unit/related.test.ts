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

describe("related stories on a large archive", () => {
  // A seeded archive in no particular order, with same-day ties broken by slug.
  let seed = 7;
  const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
  const archive = Array.from({ length: 3000 }, (_, i) =>
    candidate(
      `post-${i}`,
      `2026-${String(1 + random(12)).padStart(2, "0")}-${String(1 + random(28)).padStart(2, "0")}`,
      [["국제", "경제", "사회", "문화"][random(4)]!],
      random(3) === 0 ? [["국방", "수출", "영화"][random(3)]!] : [],
    ),
  );
  const newestFirst = (a: (typeof archive)[number], b: (typeof archive)[number]) =>
    b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
  const sorted = [...archive].sort(newestFirst);

  it("finds what sorting the whole archive would find, for every kind of post", () => {
    for (const post of archive.slice(0, 200)) {
      const categories = new Set(post.categories.map((c) => c.slug));
      const expected = sorted
        .filter(
          (other) =>
            other.slug !== post.slug &&
            (other.categories.some((c) => categories.has(c.slug)) ||
              other.tags.some((tag) => post.tags.includes(tag))),
        )
        .slice(0, 4);
      expect(relatedPosts(post, archive)).toEqual(expected);

      const inCategory = sorted.filter(
        (other) => other.categories[0]!.slug === post.categories[0]!.slug,
      );
      const position = inCategory.indexOf(post);
      expect(categoryNeighbours(post, archive)).toEqual({
        newer: inCategory[position - 1],
        older: inCategory[position + 1],
      });
    }
  });
});
