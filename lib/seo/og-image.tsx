import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { truncateText } from "../content/plain-text";
import { siteConfig } from "../site-config";
import { OG_IMAGE_SIZE } from "./og-size";

export { OG_IMAGE_SIZE };
export const OG_IMAGE_CONTENT_TYPE = "image/png";

const BRAND = "#b3121f";

// Satori reads TTF/OTF/WOFF but not WOFF2, and has no Hangul of its own: without a Korean
// face every syllable would be a box. Pretendard (the site's face) has no Hanja, which Korean
// headlines use (美, 北, 與野), so Noto Sans KR follows it for the glyphs it lacks. Both are
// read from node_modules at render time; a missing glyph would otherwise make satori fetch
// a font from Google at request time.
const PRETENDARD = ["pretendard", "dist", "public", "static"];
const FONT_FILES = [
  { name: "Pretendard", file: [...PRETENDARD, "Pretendard-Regular.otf"], weight: 400 },
  { name: "Pretendard", file: [...PRETENDARD, "Pretendard-Bold.otf"], weight: 700 },
  {
    name: "Noto Sans KR",
    file: ["@expo-google-fonts", "noto-sans-kr", "700Bold", "NotoSansKR_700Bold.ttf"],
    weight: 700,
  },
] as const;

type LoadedFont = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };

let fonts: Promise<LoadedFont[]> | undefined;

function loadFonts(): Promise<LoadedFont[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({
      name,
      data: await readFile(
        path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", ...file),
      ),
      weight,
      style: "normal" as const,
    })),
  );
  // A failed read must not be remembered: the next request tries again.
  fonts.catch(() => (fonts = undefined));
  return fonts;
}

// Emoji are drawn from a CDN by next/og: a request-time download, and offline a thrown error
// that would turn the card into a 500. They are left off the card (the page keeps them).
const EMOJI =
  /(?![©®™])\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

export function cardText(text: string): string {
  return text
    .replace(EMOJI, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

export type OgCardInput = {
  /** Small line above the headline: the category, or the site's tagline. */
  kicker?: string;
  headline: string;
  /** Bottom line, e.g. the date. */
  footer?: string;
};

// Three lines of 64px Hangul fit about 60 characters on the card.
const HEADLINE_MAX = 60;

/** The 1200×630 card shared by the home page, categories and articles without an image. */
export async function ogImageResponse({ kicker, headline, footer }: OgCardInput) {
  const host = new URL(siteConfig.url).host;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#ffffff",
        borderTop: `24px solid ${BRAND}`,
        padding: "56px 72px 56px 72px",
        fontFamily: "Pretendard",
        color: "#111827",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div style={{ fontSize: 40, fontWeight: 700, color: BRAND }}>{siteConfig.name}</div>
        {kicker ? (
          <div style={{ fontSize: 32, fontWeight: 400, color: "#4b5563" }}>{cardText(kicker)}</div>
        ) : null}
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 64,
          fontWeight: 700,
          lineHeight: 1.3,
          wordBreak: "keep-all",
        }}
      >
        {truncateText(cardText(headline), HEADLINE_MAX)}
      </div>
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          fontSize: 28,
          fontWeight: 400,
          color: "#4b5563",
        }}
      >
        <div>{cardText(footer ?? "")}</div>
        <div>{host}</div>
      </div>
    </div>,
    { ...OG_IMAGE_SIZE, fonts: await loadFonts() },
  );
}

/** The publisher logo named in structured data: the site name on the brand colour. */
export async function logoImageResponse(size: number) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: BRAND,
        color: "#ffffff",
        fontFamily: "Pretendard",
        fontWeight: 700,
        fontSize: Math.round(size / Math.max(3, siteConfig.name.length + 1)),
        textAlign: "center",
      }}
    >
      {cardText(siteConfig.name)}
    </div>,
    { width: size, height: size, fonts: await loadFonts() },
  );
}
