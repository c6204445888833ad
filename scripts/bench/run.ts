/**
 * `npm run bench`: builds the site on generated corpora of 1 000 and 10 000 posts (100 000 with
 * `--huge`; `--smoke` runs 200 posts with short loads, for CI), measures clean build time and
 * peak memory of all build processes, then serves it with `next start` and loads each page type
 * with autocannon for a bounded time. Prints one table and writes bench-results/latest.json.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { ROOT, startServer, type RunningServer } from "../../tests/helpers/next-server";
import { CORPUS_VERSION, generateCorpus } from "./generate-corpus";
import { samplePeakRss, treeRss } from "./process-tree";

const { values } = parseArgs({
  options: {
    smoke: { type: "boolean", default: false },
    huge: { type: "boolean", default: false },
    sizes: { type: "string" },
    seconds: { type: "string" },
    connections: { type: "string", default: "50" },
  },
});

const sizes = values.sizes
  ? values.sizes.split(",").map(Number)
  : values.smoke
    ? [200]
    : [1000, 10000, ...(values.huge ? [100000] : [])];
const loadSeconds = Number(values.seconds ?? (values.smoke ? 2 : 10));
const connections = Number(values.connections);
const OUT = path.join(ROOT, "bench-results");
const MB = 1024 * 1024;

type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number };
type PageSize = { htmlBytes: number; htmlGzip: number; jsGzip: number };
type SearchLatency = {
  loadMs: number;
  indexMs: number;
  queries: Array<{ query: string; hits: number; p50Ms: number }>;
};
type SizeResult = {
  posts: number;
  buildSeconds: number;
  buildPeakRssMb: number;
  search: SearchLatency;
  load: Record<string, LoadResult>;
  serverRssAfterLoadMb: number;
  pageSizes: Record<string, PageSize>;
};

function siteEnv(posts: number) {
  return {
    distDir: `.next-bench-${posts}`,
    env: {
      CONTENT_DIR: path.join(OUT, `corpus-${posts}`),
      SITE_URL: "https://news.example.kr",
      NEXT_DIST_DIR: `.next-bench-${posts}`,
    },
  };
}

async function cleanBuild(posts: number): Promise<{ seconds: number; peakRss: number }> {
  const site = siteEnv(posts);
  fs.rmSync(path.join(ROOT, site.distDir), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: ROOT,
      env: { ...process.env, ...site.env, NEXT_TELEMETRY_DISABLED: "1", NEWS_CONTENT_CHECKED: "" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stopSampling = samplePeakRss(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  const peakRss = stopSampling();
  if (code !== 0) throw new Error(`build of ${posts} posts failed:\n${output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, peakRss };
}

async function load(url: string, gzip = false): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: loadSeconds,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
  });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function pageSize(server: RunningServer, pathname: string): Promise<PageSize> {
  const html = await (await fetch(`${server.url}${pathname}`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let jsGzip = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(`${server.url}${src}`)).arrayBuffer());
    jsGzip += zlib.gzipSync(body).length;
  }
  return { htmlBytes: Buffer.byteLength(html), htmlGzip: zlib.gzipSync(html).length, jsGzip };
}

function newestAndOldest(posts: number): { newest: string; oldest: string } {
  // generate-corpus names post i `bench-post-i`; the highest index is the newest.
  return { newest: `/articles/bench-post-${posts - 1}`, oldest: "/articles/bench-post-0" };
}

/** Search timed in a process that loads the content as the server does (search-latency.ts). */
function searchLatency(posts: number): SearchLatency {
  const site = siteEnv(posts);
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/bench/search-latency.ts")],
    { cwd: ROOT, env: { ...process.env, ...site.env, NODE_ENV: "production" }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`search latency failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop()!) as SearchLatency;
}

async function benchSize(posts: number): Promise<SizeResult> {
  const corpus = path.join(OUT, `corpus-${posts}`);
  const marker = path.join(corpus, ".corpus");
  const stamp = `${CORPUS_VERSION}:${posts}`;
  if (!fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== stamp) {
    console.log(`generating ${posts} posts…`);
    generateCorpus(posts, corpus);
    fs.writeFileSync(marker, stamp);
  }
  console.log(`building ${posts} posts…`);
  const build = await cleanBuild(posts);
  console.log(`  ${build.seconds.toFixed(1)} s, peak ${(build.peakRss / MB).toFixed(0)} MB`);
  const search = searchLatency(posts);
  console.log(
    `  search index ${search.indexMs} ms; ${search.queries.map((q) => `${q.query} ${q.p50Ms} ms`).join(", ")}`,
  );

  const server = await startServer(siteEnv(posts), "start", 600_000);
  try {
    const { newest, oldest } = newestAndOldest(posts);
    // About 30 % of the corpus is News (generate-corpus's skew), 20 a page: halfway down.
    const deepPage = Math.max(2, Math.floor((posts * 0.3) / 20 / 2));
    const targets: Record<string, string> = {
      home: "/",
      "article (new)": newest,
      "article (old)": oldest,
      "category deep page": `/category/news/page/${deepPage}`,
      sitemap: "/sitemap.xml",
      feed: "/feed.xml",
      search: `/search?q=${encodeURIComponent("국방")}`,
    };
    // One request each first: the long tail renders on first request, then it is cached.
    for (const pathname of Object.values(targets)) {
      const response = await fetch(`${server.url}${pathname}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}`);
    }
    const results: Record<string, LoadResult> = {};
    for (const [name, pathname] of Object.entries(targets)) {
      results[name] = await load(`${server.url}${pathname}`);
      console.log(`  ${name}: ${results[name]!.rps} req/s, p99 ${results[name]!.p99} ms`);
    }
    results["article (new), gzip"] = await load(`${server.url}${newest}`, true);
    const serverRss = treeRss(server.pid);
    const pageSizes: Record<string, PageSize> = {
      home: await pageSize(server, "/"),
      article: await pageSize(server, newest),
      category: await pageSize(server, "/category/news"),
      "not-found (framework only)": await pageSize(server, "/articles/no-such-article"),
    };
    return {
      posts,
      buildSeconds: Number(build.seconds.toFixed(1)),
      buildPeakRssMb: Math.round(build.peakRss / MB),
      search,
      load: results,
      serverRssAfterLoadMb: Math.round(serverRss / MB),
      pageSizes,
    };
  } finally {
    await server.stop();
  }
}

function printTable(results: SizeResult[]): void {
  const rows: string[][] = [["posts", "measure", "value"]];
  for (const r of results) {
    rows.push([String(r.posts), "clean build (s)", String(r.buildSeconds)]);
    rows.push([String(r.posts), "build peak RSS, all processes (MB)", String(r.buildPeakRssMb)]);
    const p50s = r.search.queries.map((q) => q.p50Ms);
    rows.push([
      String(r.posts),
      `search inside the server, p50 (${p50s.length} queries, ms)`,
      `${Math.min(...p50s)}–${Math.max(...p50s)}`,
    ]);
    rows.push([String(r.posts), "search index build at start-up (ms)", String(r.search.indexMs)]);
    for (const [name, l] of Object.entries(r.load)) {
      rows.push([
        String(r.posts),
        `${name}: req/s | p50 | p99 ms | errors`,
        `${l.rps} | ${l.p50} | ${l.p99} | ${l.errors + l.non2xx}`,
      ]);
    }
    rows.push([String(r.posts), "server RSS after load (MB)", String(r.serverRssAfterLoadMb)]);
    for (const [name, s] of Object.entries(r.pageSizes)) {
      rows.push([
        String(r.posts),
        `${name}: HTML | HTML gzip | JS gzip (bytes)`,
        `${s.htmlBytes} | ${s.htmlGzip} | ${s.jsGzip}`,
      ]);
    }
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join("  "));
  const small = results.find((r) => r.posts === 1000);
  const large = results.find((r) => r.posts === 10000);
  if (small && large) {
    console.log(
      `build time 1k → 10k: ×${(large.buildSeconds / small.buildSeconds).toFixed(2)} for ×10 posts`,
    );
  }
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const results: SizeResult[] = [];
  for (const posts of sizes) results.push(await benchSize(posts));
  printTable(results);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    loadSeconds,
    connections,
    results,
  };
  fs.writeFileSync(path.join(OUT, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`written ${path.relative(ROOT, path.join(OUT, "latest.json"))}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
