import { describe, expect, it } from "vitest";
import { formatKoreanDate, parsePostDate, toSeoulIsoString } from "@/lib/content/dates";

function parsed(value: string): string {
  const result = parsePostDate(value);
  if (!result.ok) throw new Error(result.message);
  return result.date.toISOString();
}

describe("parsePostDate", () => {
  it("reads a plain date as midnight in Seoul, not UTC", () => {
    expect(parsed("2024-06-03")).toBe("2024-06-02T15:00:00.000Z");
  });

  it("reads Jekyll's date with a +0900 offset", () => {
    expect(parsed("2024-06-03 09:30:00 +0900")).toBe("2024-06-03T00:30:00.000Z");
  });

  it("reads ISO 8601 with Z, with an offset, and without a zone", () => {
    expect(parsed("2024-06-03T09:30:00Z")).toBe("2024-06-03T09:30:00.000Z");
    expect(parsed("2024-06-03T09:30:00-05:00")).toBe("2024-06-03T14:30:00.000Z");
    expect(parsed("2024-06-03T09:30")).toBe("2024-06-03T00:30:00.000Z");
  });

  it("refuses impossible and unreadable dates with a message", () => {
    for (const bad of ["2024-13-45", "2023-02-29", "2024-06-03 25:00", "어제", "06/03/2024"]) {
      const result = parsePostDate(bad);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) expect(result.message).toContain(bad);
    }
  });

  it("accepts 29 February in a leap year", () => {
    expect(parsed("2024-02-29")).toBe("2024-02-28T15:00:00.000Z");
  });
});

describe("showing dates", () => {
  it("formats in Korean in Seoul whatever the server's zone", () => {
    // 23:30 UTC on 2 June is already 3 June in Seoul.
    const date = new Date("2024-06-02T23:30:00Z");
    expect(formatKoreanDate(date)).toBe("2024년 6월 3일");
    expect(toSeoulIsoString(date)).toBe("2024-06-03T08:30:00+09:00");
  });
});
