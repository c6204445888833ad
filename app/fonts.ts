import localFont from "next/font/local";

// Pretendard from the npm package, self-hosted: the build must not download fonts, and
// Hangul needs a real Korean face. The subset files carry Hangul, Latin and punctuation.
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
  // Two Korean weights are ~540 KB: let text render in the fallback face rather than
  // delaying first paint with a preload on every page.
  preload: false,
  variable: "--font-pretendard",
  fallback: ["Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "sans-serif"],
});
