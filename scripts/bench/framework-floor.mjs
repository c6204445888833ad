/**
 * `npm run bench:floor`: what `next start` itself serves on this machine, with none of this
 * site's code. Builds a throwaway Next.js app (same node_modules, same Next.js version) whose
 * one page is an empty shell, then the same shell padded to about 40 KB and 95 KB of Korean
 * text (this site's list and article pages weigh that), and loads each with autocannon exactly
 * as `npm run bench` loads the site (50 connections, 10 s). The site's figures in
 * docs/PERFORMANCE.md are read against these.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { ROOT, startNextServer } from "../lib/next-server.mjs";

const APP = fs.mkdtempSync(path.join(os.tmpdir(), "next-floor-"));
const NEXT = path.join(APP, "node_modules", "next", "dist", "bin", "next");
// Characters of padding: each Hangul syllable is 3 bytes, sent twice (HTML and RSC payload).
const PAGES = { "empty page": 0, "40 KB page": 6000, "95 KB page": 15000 };

function setUp() {
  fs.mkdirSync(path.join(APP, "app"));
  fs.writeFileSync(path.join(APP, "package.json"), '{ "name": "next-floor", "private": true }\n');
  fs.writeFileSync(path.join(APP, "next.config.js"), "module.exports = {};\n");
  fs.writeFileSync(
    path.join(APP, "app", "layout.js"),
    'export default function Layout({ children }) { return <html lang="ko"><body>{children}</body></html>; }\n',
  );
  // Turbopack will not follow a symlinked node_modules out of the app: hard links cost no space.
  spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(APP, "node_modules")]);
}

async function measure(padding) {
  fs.writeFileSync(
    path.join(APP, "app", "page.js"),
    `export default function Page() { return <main><h1>제목</h1><p>${"가".repeat(padding)}</p></main>; }\n`,
  );
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  const build = spawnSync(process.execPath, [NEXT, "build"], { cwd: APP, env, encoding: "utf8" });
  if (build.status !== 0) throw new Error(build.stdout + build.stderr);
  const server = await startNextServer(env, APP);
  try {
    const url = `${server.url}/`;
    const bytes = (await (await fetch(url)).arrayBuffer()).byteLength;
    const result = await autocannon({ url, connections: 50, duration: 10 });
    return { bytes, rps: Math.round(result.requests.average), p99: result.latency.p99 };
  } finally {
    await server.stop();
  }
}

try {
  setUp();
  for (const [name, padding] of Object.entries(PAGES)) {
    const { bytes, rps, p99 } = await measure(padding);
    console.log(
      `${name.padEnd(12)} ${String(bytes).padStart(6)} bytes  ${rps} req/s  p99 ${p99} ms`,
    );
  }
} finally {
  fs.rmSync(APP, { recursive: true, force: true });
}
