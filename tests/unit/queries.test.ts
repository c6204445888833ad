import { describe, expect, it } from "vitest";
import { paginate, parsePageParam } from "@/lib/content/queries";

describe("parsePageParam", () => {
  it("accepts only plain positive integers", () => {
    expect(parsePageParam("2")).toBe(2);
    for (const bad of ["0", "-1", "1e9", "abc", "01", "2.5", "", "9999999"]) {
      expect(parsePageParam(bad), bad).toBeNull();
    }
  });
});

describe("paginate", () => {
  it("splits a list into pages and counts them", () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    expect(paginate(items, 1, 5)).toEqual({
      items: [0, 1, 2, 3, 4],
      page: 1,
      totalPages: 3,
      totalItems: 11,
    });
    expect(paginate(items, 3, 5).items).toEqual([10]);
    expect(paginate([], 1, 5).totalPages).toBe(1);
  });
});
