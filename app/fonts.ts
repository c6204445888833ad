import localFont from "next/font/local";

/**
 * Pretendard from the npm package, self-hosted: the build must not download fonts, and Hangul
 * needs a real Korean face. Reviewed choices:
 *
 * - The package's "subset" files (its subset_glyphs.txt): Latin, punctuation and 2,780 Hangul
 *   syllables (KS X 1001's 2,350 plus common others; every syllable of the sample posts) at
 *   ~265 KB per weight, instead of ~770 KB for the full font with all 11,172. A rare syllable
 *   outside the subset falls back to the system's Korean face.
 * - Not the package's 92-slice "dynamic subset" (unicode-range): measured on the sample posts,
 *   one article needs 11–17 slices (130–200 KB a weight), the front page 23 (270 KB, as much as
 *   the whole subset), and a reader who opens a few pages ends up fetching as much in many more
 *   requests. next/font/local would also need one call per slice. One hashed, immutable file
 *   per weight is cached once for the whole site.
 * - Two weights only: 400 for body text, 700 for headlines and the editor's bold. No synthetic
 *   bold, no third file.
 * - No preload and `display: swap`: text paints at once in the system's Korean face (Apple SD
 *   Gothic Neo, Noto Sans KR, Malgun Gothic, listed in app/globals.css) and swaps when the font
 *   arrives, instead of making every page wait for half a megabyte on a phone.
 */
export const pretendard = localFont({
  src: [
    {
      path: "../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Regular.subset.woff2",
      weight: "400",
      style: "normal",
    },
    {
      path: "../node_modules/pretendard/dist/web/static/woff2-subset/Pretendard-Bold.subset.woff2",
      weight: "700",
      style: "normal",
    },
  ],
  display: "swap",
  preload: false,
  variable: "--font-pretendard",
  fallback: ["Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "sans-serif"],
});
