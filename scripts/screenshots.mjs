// `npm run screenshots`: pictures of the current production build for the README.
// Starts `next start` of the build in NEXT_DIST_DIR (default .next) on a free 127.0.0.1 port,
// photographs the front page and an article at phone and desktop widths in light and dark,
// writes docs/screenshots/*.png, and stops the server by its PID.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { ROOT, startNextServer } from "./lib/next-server.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const OUT_DIR = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// An article of the sample content with a local picture, colour highlights and a table of contents.
const ARTICLE =
  process.env.SCREENSHOT_ARTICLE ?? `/articles/${encodeURIComponent("반도체-수출-회복")}`;
const PAGES = [
  { name: "home", path: "/" },
  { name: "article", path: ARTICLE },
];
// Long pages are cut at `maxHeight`: the top of a page is what the README needs to show,
// and it keeps the committed PNGs small.
const VIEWPORTS = [
  { name: "390", width: 390, height: 844, maxHeight: 1800 },
  { name: "1280", width: 1280, height: 800, maxHeight: 1400 },
];
const THEMES = ["light", "dark"];

// The sample posts link some pictures on images.example.com, which does not exist; such
// requests get this neutral placeholder so the pictures show the layout, not broken images.
const PLACEHOLDER = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8a9bb0"/><stop offset="1" stop-color="#4f5f73"/></linearGradient></defs><rect width="1200" height="675" fill="url(#g)"/></svg>`;

function startServer() {
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    throw new Error(`No build in ${DIST_DIR}: run \`npm run build\` first.`);
  }
  return startNextServer({ ...process.env, NEXT_DIST_DIR: DIST_DIR });
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--font-render-hinting=none"],
  });
  try {
    for (const viewport of VIEWPORTS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          colorScheme: theme,
          locale: "ko-KR",
          timezoneId: "Asia/Seoul",
        });
        await context.route(
          (url) => url.origin !== server.url,
          (route) =>
            route.request().resourceType() === "image"
              ? route.fulfill({ contentType: "image/svg+xml", body: PLACEHOLDER })
              : route.abort(),
        );
        const page = await context.newPage();
        for (const target of PAGES) {
          const response = await page.goto(`${server.url}${target.path}`, { waitUntil: "load" });
          if (!response?.ok()) throw new Error(`${target.path} answered ${response?.status()}`);
          // Lazy pictures below the fold and the web font, before the picture is taken.
          await page.evaluate(() => {
            for (const img of document.querySelectorAll("img")) img.loading = "eager";
          });
          await page.waitForLoadState("networkidle");
          await page.waitForFunction(() => [...document.images].every((img) => img.complete));
          // Decoded, not just downloaded: a picture still decoding is captured as an empty box.
          await page.evaluate(async () => {
            await Promise.all([...document.images].map((img) => img.decode().catch(() => null)));
            await document.fonts.ready;
          });
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const file = path.join(OUT_DIR, `${target.name}-${viewport.name}-${theme}.png`);
          await page.screenshot({
            path: file,
            fullPage: true,
            clip: {
              x: 0,
              y: 0,
              width: viewport.width,
              height: Math.min(height, viewport.maxHeight),
            },
          });
          console.log(
            `${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`,
          );
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
