#!/usr/bin/env node
// What a nonce-based Content-Security-Policy would cost in throughput.
//
// A per-request nonce has to be written into every <script> of the page, so the page can no
// longer be prerendered: Next.js renders it for each request. The site instead sends one fixed
// policy (`script-src 'self' 'unsafe-inline'`, `script-src-attr 'none'`) with prerendered pages.
// This script measures the difference on one article of the fixture site:
//
//   prerendered  GET /articles/seed-style-article, served from the prerender cache (today)
//   per-request  the same URL with the draft-mode cookie, which makes Next.js render the page
//                on every request, as a nonce would require (the nonce itself, 16 random
//                bytes and a header, costs nothing next to the render)
//
// Usage: node scripts/bench/csp-nonce-cost.mjs [--seconds 10] [--connections 10] [--rebuild]
// Builds the fixture site into .next-bench-csp once (or with --rebuild), starts `next start` on
// a free 127.0.0.1 port, runs autocannon against it, stops the server by its PID and writes
// bench-results/csp-nonce-cost.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { NEXT_BIN, ROOT, startNextServer } from "../lib/next-server.mjs";

const DIST_DIR = ".next-bench-csp";
const ARTICLE = "/articles/seed-style-article";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}
const SECONDS = option("seconds", 10);
const CONNECTIONS = option("connections", 10);
const REBUILD = process.argv.includes("--rebuild");

const env = {
  ...process.env,
  CONTENT_DIR: path.join(ROOT, "tests", "fixtures", "site-content"),
  SITE_URL: "https://news.example.kr",
  SITE_NAME: "테스트뉴스",
  POSTS_PER_PAGE: "5",
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_ENV: "production",
};

function build() {
  if (!REBUILD && fs.existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"))) return;
  console.log(`Building the fixture site into ${DIST_DIR} …`);
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...env, NEWS_CONTENT_CHECKED: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("next build failed");
}

/**
 * Checks once that the variant is what it claims to be before measuring it: the prerendered
 * page comes from the cache (public Cache-Control), the draft-mode one is rendered for this
 * request (Next.js then skips the prerender cache and marks the response private).
 */
async function describeResponse(url, headers, expectRendered) {
  const response = await fetch(`${url}${ARTICLE}`, { headers });
  const body = await response.text();
  if (response.status !== 200 || !body.includes("지역 도서관 야간 개관")) {
    throw new Error(`${ARTICLE} answered ${response.status}`);
  }
  if (!response.headers.get("content-security-policy")) throw new Error("no CSP header");
  const cacheControl = response.headers.get("cache-control") ?? "";
  if (cacheControl.startsWith("private") !== expectRendered) {
    throw new Error(`unexpected Cache-Control for this variant: ${cacheControl}`);
  }
  return { cacheControl, bytes: body.length };
}

function run(url, headers) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: `${url}${ARTICLE}`, connections: CONNECTIONS, duration: SECONDS, headers },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false });
  });
}

async function main() {
  build();
  const manifest = JSON.parse(
    fs.readFileSync(path.join(ROOT, DIST_DIR, "prerender-manifest.json"), "utf8"),
  );
  const draftCookie = `__prerender_bypass=${manifest.preview.previewModeId}`;
  const server = await startNextServer(env);
  console.log(`next start on ${server.url} (PID ${server.pid})`);
  try {
    const variants = [
      { name: "prerendered (current policy)", headers: {}, rendered: false },
      {
        name: "rendered per request (as nonces require)",
        headers: { cookie: draftCookie },
        rendered: true,
      },
    ];
    const results = [];
    for (const variant of variants) {
      const shape = await describeResponse(server.url, variant.headers, variant.rendered);
      // Warm up: the first renders compile and fill caches.
      await run(server.url, variant.headers).catch(() => undefined);
      const result = await run(server.url, variant.headers);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(`${variant.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      }
      results.push({
        variant: variant.name,
        requestsPerSecond: Math.round(result.requests.average),
        latencyP50Ms: result.latency.p50,
        latencyP99Ms: result.latency.p99,
        requests: result.requests.total,
        ...shape,
      });
    }
    console.log(`\n${ARTICLE}, ${CONNECTIONS} connections, ${SECONDS} s each, 127.0.0.1:`);
    console.table(results);
    const [prerendered, dynamic] = results;
    const ratio = prerendered.requestsPerSecond / dynamic.requestsPerSecond;
    console.log(`Rendering per request serves ${ratio.toFixed(1)}× fewer requests per second.`);
    fs.mkdirSync(path.join(ROOT, "bench-results"), { recursive: true });
    fs.writeFileSync(
      path.join(ROOT, "bench-results", "csp-nonce-cost.json"),
      `${JSON.stringify({ date: new Date().toISOString(), seconds: SECONDS, connections: CONNECTIONS, results, ratio }, null, 2)}\n`,
    );
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
