// `npm run audit`: Lighthouse scores (SEO, accessibility, best practices, performance) for the
// front page, an article and a category page of the current production build. It builds
// nothing: run `npm run build` first (or set NEXT_DIST_DIR to another build's folder). It
// starts `next start` on a free 127.0.0.1 port, audits with Debian's Chromium, and stops the
// server by its PID. Slow, so it is not part of `npm test`.
//
//   npm run audit                 # exits 1 when a page scores below 100 for SEO
//   npm run audit -- --json       # the scores as JSON on stdout
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ROOT, startNextServer } from "./lib/next-server.mjs";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";
const CHROME_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const CATEGORIES = ["seo", "accessibility", "best-practices", "performance"];
const CHROME_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The first article and category the front page links to: real pages of this build. */
async function pagesToAudit(base) {
  const html = await (await fetch(base)).text();
  const first = (pattern) => pattern.exec(html)?.[1];
  const article = first(/href="(\/articles\/[^"/?#]+)"/);
  const category = first(/href="(\/category\/[^"/?#]+)"/);
  if (!article || !category) throw new Error("the front page links to no article or category");
  return [
    { name: "home", path: "/" },
    { name: "article", path: article },
    { name: "category", path: category },
  ];
}

/** What kept a category below 100, with the first few offending items (URLs, messages). */
function failedAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) =>
        audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative",
    )
    .map((audit) => {
      const items = (audit.details?.items ?? [])
        .slice(0, 3)
        .map((item) => item.description ?? item.url ?? item.source?.url ?? "")
        .filter(Boolean);
      return items.length > 0 ? `${audit.id}: ${items.join(" | ")}` : audit.id;
    });
}

async function main() {
  const asJson = process.argv.includes("--json");
  if (!fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) {
    throw new Error(`no build in ${DIST_DIR}: run \`npm run build\` first`);
  }
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(
      `no Chromium at ${CHROME_PATH} (set CHROMIUM_PATH, or apt-get install chromium)`,
    );
  }
  const server = await startNextServer({ ...process.env, NEXT_DIST_DIR: DIST_DIR });
  let chrome;
  const results = [];
  try {
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS });
    const pages = await pagesToAudit(server.url);
    // One request each first, so Lighthouse measures a warm server, not its first render.
    for (const page of pages) await (await fetch(`${server.url}${page.path}`)).arrayBuffer();
    for (const page of pages) {
      const runner = await lighthouse(`${server.url}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: CATEGORIES,
      });
      const { lhr } = runner;
      // A null score means Lighthouse could not measure (e.g. a page that never painted).
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => {
          const score = lhr.categories[c].score;
          return [c, score === null ? "n/a" : Math.round(score * 100)];
        }),
      );
      if (lhr.runtimeError) console.error(`${page.name}: ${lhr.runtimeError.message}`);
      for (const warning of lhr.runWarnings ?? []) console.error(`${page.name}: ${warning}`);
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, failedAudits(lhr, c)]));
      results.push({ ...page, scores, failing });
    }
  } finally {
    await chrome?.kill();
    await server.stop();
  }

  if (asJson) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const pad = (text, width) => String(text).padEnd(width);
    console.log(
      `${pad("page", 10)}${pad("path", 40)}${CATEGORIES.map((c) => pad(c, 16)).join("")}`,
    );
    for (const r of results) {
      console.log(
        `${pad(r.name, 10)}${pad(decodeURIComponent(r.path), 40)}` +
          CATEGORIES.map((c) => pad(r.scores[c], 16)).join(""),
      );
    }
    for (const r of results) {
      for (const c of CATEGORIES.filter((name) => name !== "performance")) {
        if (r.failing[c].length > 0) console.log(`  ${r.name} ${c}: ${r.failing[c].join(", ")}`);
      }
    }
  }
  if (results.some((r) => r.scores.seo !== 100)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
