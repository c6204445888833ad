import { describe, expect, it } from "vitest";
import { normalizeSlugParam, slugify, splitFileName } from "@/lib/content/slug";

describe("slugify", () => {
  it("keeps Korean letters, lower-cases and turns spaces into hyphens", () => {
    expect(slugify("  국제 뉴스 Today ")).toBe("국제-뉴스-today");
    expect(slugify("News")).toBe("news");
  });

  it("gives the same slug for NFD file names written by macOS", () => {
    const nfd = "국방교류".normalize("NFD");
    expect(nfd).not.toBe("국방교류");
    expect(slugify(nfd)).toBe("국방교류");
  });

  it("drops characters a URL segment should not carry but keeps underscores", () => {
    expect(slugify("a/b?c#d%e")).toBe("abcde");
    expect(slugify("000_4e7c73df5a07676e")).toBe("000_4e7c73df5a07676e");
  });
});

describe("splitFileName", () => {
  it("takes Jekyll's date prefix off the name", () => {
    expect(splitFileName("2024-06-03-국방-교류.html")).toEqual({
      datePrefix: "2024-06-03",
      stem: "국방-교류",
    });
    expect(splitFileName("000_4e7c73df5a07676e.txt")).toEqual({ stem: "000_4e7c73df5a07676e" });
  });
});

describe("normalizeSlugParam", () => {
  it("decodes a percent-encoded Korean segment once", () => {
    expect(normalizeSlugParam(encodeURIComponent("한글-주소"))).toBe("한글-주소");
    expect(normalizeSlugParam("한글-주소")).toBe("한글-주소");
  });

  it("returns null for broken encoding and absurd lengths instead of throwing", () => {
    expect(normalizeSlugParam("%E0%A4%A")).toBeNull();
    expect(normalizeSlugParam("a".repeat(10_000))).toBeNull();
    expect(normalizeSlugParam("")).toBeNull();
  });
});
