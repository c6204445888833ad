import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { cardText, ogImageResponse } from "@/lib/seo/og-image";

async function render(headline: string): Promise<PNG> {
  const response = await ogImageResponse({ kicker: "경제", headline, footer: "2026년 3월 1일" });
  expect(response.headers.get("content-type")).toBe("image/png");
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
}

/** Pixels in the headline band that are not the white background. */
function inkIn(png: PNG, top: number, bottom: number): number {
  let ink = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) ink++;
    }
  }
  return ink;
}

function differingPixels(a: PNG, b: PNG): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1]) differing++;
  }
  return differing;
}

describe("Open Graph card", () => {
  it("is a 1200×630 PNG with the headline drawn in the middle", async () => {
    const png = await render("국방교류 재개, 15년 만에 두 장관 만나");
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(inkIn(png, 200, 450)).toBeGreaterThan(5_000);
  }, 30_000);

  // Without a Korean face every syllable is the same .notdef box, so two headlines of the
  // same length would come out identical. With Pretendard they differ glyph by glyph.
  it("draws Hangul syllables as distinct glyphs, not boxes", async () => {
    const first = await render("가나다라마바사");
    const second = await render("하늘바다구름숲");
    expect(differingPixels(first, second)).toBeGreaterThan(2_000);
  }, 30_000);

  // Korean headlines use single Hanja (美, 北, 與野), which Pretendard lacks.
  it("draws Hanja too, from the fallback face", async () => {
    const first = await render("美中北日 정상회담");
    const second = await render("韓與野靑 정상회담");
    expect(differingPixels(first, second)).toBeGreaterThan(2_000);
  }, 30_000);

  // next/og fetches emoji from a CDN; offline (as here) that fetch throws and the card 500s.
  it("leaves emoji off the card instead of failing", async () => {
    expect(cardText("속보 🚨 태풍 상륙 🇰🇷 👍🏽")).toBe("속보 태풍 상륙");
    const png = await render("속보 🚨 태풍 상륙 👍🏽");
    expect(png.width).toBe(1200);
  }, 30_000);
});
