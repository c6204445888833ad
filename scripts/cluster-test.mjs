#!/usr/bin/env node
// `npm run test:cluster`: the site scaled out, tested. Two identical instances laid out as the
// Docker image lays them out (Dockerfile), nginx in front with deploy/nginx.conf (only
// addresses, ports and file paths changed), a 20-second load at 100 connections over home,
// article and category pages, and one instance killed halfway. Passes when not one request
// failed (no error, no timeout, no status outside 2xx/3xx) and both instances took traffic;
// prints the requests/s through nginx beside one instance alone and nginx serving a static file.
//
// Everything runs on 127.0.0.1 on free ports, nginx in the foreground with its own prefix, pid
// file and cache in a temporary folder (not the system service), and everything this script
// started is stopped by PID at the end, also on failure.
//
// Environment: CLUSTER_DURATION (seconds, default 20), CLUSTER_CONNECTIONS (default 100),
// CLUSTER_DIRECT_DURATION (seconds, default 10), CLUSTER_DIST_DIR (default .next-cluster),
// CLUSTER_SKIP_BUILD=1 to reuse the build in CLUSTER_DIST_DIR.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import autocannon from "autocannon";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DURATION = Number(process.env.CLUSTER_DURATION || 20);
const CONNECTIONS = Number(process.env.CLUSTER_CONNECTIONS || 100);
const DIRECT_DURATION = Number(process.env.CLUSTER_DIRECT_DURATION || 10);
const DIST_DIR = process.env.CLUSTER_DIST_DIR || ".next-cluster";
const HOST = "127.0.0.1";
// What a browser sends; the cache stores one variant per Accept-Encoding value.
const CLIENT_HEADERS = { "accept-encoding": "gzip, deflate, br" };

const log = (message) => console.log(`[cluster] ${message}`);
const failures = [];
function check(ok, message) {
  log(`${ok ? "ok  " : "FAIL"} ${message}`);
  if (!ok) failures.push(message);
}

// ---------------------------------------------------------------------------------------------
// Processes: every one this script starts is recorded and stopped by PID.

const started = [];

function startProcess(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
  const entry = { name, child, output: "" };
  child.stdout.on("data", (chunk) => (entry.output += chunk));
  child.stderr.on("data", (chunk) => (entry.output += chunk));
  entry.exited = new Promise((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  started.push(entry);
  return entry;
}

// nginx: graceful (SIGQUIT), then fast (SIGTERM); never SIGKILL first, which would leave its
// workers running.
const NGINX_STOP = ["SIGQUIT", "SIGTERM", "SIGKILL"];

const running = (entry) => entry.child.exitCode === null && entry.child.signalCode === null;

/** Sends each signal in turn, waiting up to 10 s for the process to exit after each. */
async function stopProcess(entry, signals = ["SIGTERM", "SIGKILL"]) {
  for (const signal of signals) {
    if (!running(entry)) return;
    try {
      process.kill(entry.child.pid, signal);
    } catch {
      return; // already gone
    }
    let timer;
    const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 10_000, "timeout")));
    await Promise.race([entry.exited, timeout]);
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// Small helpers.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** GET over plain node:http, headers exactly as given (fetch would add its own). */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, agent: false }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    request.on("error", reject);
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
  });
}

async function waitFor(description, probe, limitMs = 120_000) {
  const deadline = Date.now() + limitMs;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function runLoad(options) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ ...options, headers: CLIENT_HEADERS }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

/** Failed requests: errors (timeouts included) and statuses outside 2xx/3xx. */
const failed = (result) => result.errors + result["4xx"] + result["5xx"];

const summary = (result) =>
  `${Math.round(result.requests.average).toLocaleString("en")} req/s average ` +
  `(${result.requests.total.toLocaleString("en")} requests in ${result.duration.toFixed(1)} s; ` +
  `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms); failed: ` +
  `${result.errors} errors (${result.timeouts} of them timeouts), ${result["4xx"]} 4xx, ${result["5xx"]} 5xx`;

// ---------------------------------------------------------------------------------------------
// Setup steps.

function ensureNginx() {
  const found = spawnSync("nginx", ["-v"], { encoding: "utf8" });
  if (found.status === 0) return found.stderr.trim();
  if (process.getuid?.() !== 0 || !fs.existsSync("/usr/bin/apt-get")) {
    throw new Error("nginx is not installed: apt-get install -y nginx (or install it another way)");
  }
  log("installing nginx from Debian (the service is not started)…");
  // Keep apt from starting the system service: this script runs its own nginx.
  const policy = "/usr/sbin/policy-rc.d";
  const ownPolicy = !fs.existsSync(policy);
  if (ownPolicy) fs.writeFileSync(policy, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    execFileSync("sh", ["-c", "apt-get update -qq && apt-get install -y -qq nginx"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
  } finally {
    if (ownPolicy) fs.rmSync(policy, { force: true });
  }
  return spawnSync("nginx", ["-v"], { encoding: "utf8" }).stderr.trim();
}

function build() {
  if (
    process.env.CLUSTER_SKIP_BUILD === "1" &&
    fs.existsSync(path.join(ROOT, DIST_DIR, "standalone", "server.js"))
  ) {
    log(`reusing the build in ${DIST_DIR}`);
    return;
  }
  log(`building the site into ${DIST_DIR}…`);
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"],
    {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        NEXT_DIST_DIR: DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        NEWS_CONTENT_CHECKED: "",
      },
    },
  );
  if (result.status !== 0) throw new Error("next build failed");
}

/** Lays out one instance as the Dockerfile's final stage does. */
function assembleInstance(target) {
  const buildDir = path.join(ROOT, DIST_DIR);
  const standalone = path.join(buildDir, "standalone");
  const baked = /"distDir":"([^"]+)"/.exec(
    fs.readFileSync(path.join(standalone, "server.js"), "utf8"),
  )[1];
  fs.cpSync(standalone, target, { recursive: true });
  fs.cpSync(path.join(buildDir, "static"), path.join(target, baked, "static"), { recursive: true });
  fs.cpSync(path.join(ROOT, "public"), path.join(target, "public"), { recursive: true });
  // Modification times kept: the parsed-posts cache is keyed on them.
  fs.cpSync(path.join(ROOT, process.env.CONTENT_DIR || "content"), path.join(target, "content"), {
    recursive: true,
    preserveTimestamps: true,
  });
  const contentCache = path.join(buildDir, "cache", "news-content.v8");
  if (fs.existsSync(contentCache)) {
    fs.cpSync(contentCache, path.join(target, baked, "cache", "news-content.v8"));
  }
  return path.normalize(baked);
}

function startInstance(name, dir, port, distDir) {
  const env = {
    ...process.env,
    HOSTNAME: HOST,
    PORT: String(port),
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // As in the image: the content folder is ./content next to server.js.
  delete env.CONTENT_DIR;
  // Where the app looks for the build's parsed-posts cache, relative to server.js.
  env.NEXT_DIST_DIR = distDir;
  delete env.NEWS_TEST_HOOKS;
  return startProcess(name, process.execPath, ["server.js"], { cwd: dir, env });
}

/** deploy/nginx.conf with only addresses, ports and paths changed; each change must apply once. */
function deriveNginxConfig({ port, upstreams, dir }) {
  let config = fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  const replace = (pattern, replacement) => {
    const count = config.match(new RegExp(pattern.source, "gm"))?.length ?? 0;
    if (count !== 1)
      throw new Error(
        `deploy/nginx.conf changed: ${pattern} matches ${count} times, expected once`,
      );
    config = config.replace(pattern, replacement);
  };
  const canSwitchUser =
    process.getuid?.() === 0 && spawnSync("id", ["-u", "www-data"]).status === 0;
  replace(
    /^user www-data;$/m,
    canSwitchUser ? "user www-data;" : "# user: not switched in the test",
  );
  replace(/^pid [^;]+;$/m, `pid ${dir}/nginx.pid;\ndaemon off;`);
  replace(/^error_log [^;]+;$/m, `error_log ${dir}/error.log warn;`);
  replace(/access_log \/var\/log\/nginx\/news-access\.log/m, `access_log ${dir}/access.log`);
  replace(/proxy_cache_path \/var\/cache\/nginx\/news/m, `proxy_cache_path ${dir}/cache`);
  replace(/^ {8}server 127\.0\.0\.1:3001 /m, `        server ${HOST}:${upstreams[0]} `);
  replace(/^ {8}server 127\.0\.0\.1:3002 /m, `        server ${HOST}:${upstreams[1]} `);
  replace(/^ {8}listen 80;$/m, `        listen ${HOST}:${port};`);
  replace(
    /^http \{$/m,
    "http {\n" +
      ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
        .map((kind) => `    ${kind}_temp_path ${dir}/${kind}_temp;`)
        .join("\n"),
  );
  // For the comparison only: nginx serving a saved copy of the front page as a static file,
  // compressed ahead of time as the cache stores it.
  replace(
    /^ {8}location \/ \{$/m,
    `        location /__static/ {\n            gzip_static on;\n            alias ${dir}/static/;\n        }\n\n        location / {`,
  );
  return config;
}

/** Home, article and category URLs as the site links them. */
async function pickUrls(base) {
  const home = await get(`${base}/`);
  const html = home.body.toString("utf8");
  const hrefs = (prefix) => [
    ...new Set([...html.matchAll(new RegExp(`href="(${prefix}[^"#?]+)"`, "g"))].map((m) => m[1])),
  ];
  const articles = hrefs("/articles/").slice(0, 8);
  const categories = hrefs("/category/")
    .filter((href) => !href.includes("/page/"))
    .slice(0, 4);
  if (articles.length === 0 || categories.length === 0)
    throw new Error("no article or category links on the front page");
  return ["/", ...articles, "/", ...categories];
}

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

// ---------------------------------------------------------------------------------------------

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");

async function main() {
  const loadBefore = loadAverage();
  const nginxVersion = ensureNginx();
  build();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "news-cluster-"));
  // nginx workers (www-data) must reach the cache and temp folders nginx creates here.
  fs.chmodSync(tmp, 0o755);
  const results = {};
  try {
    const [portA, portB, nginxPort] = [await freePort(), await freePort(), await freePort()];
    log("assembling two instances as in the Docker image…");
    const distDir = assembleInstance(path.join(tmp, "a"));
    assembleInstance(path.join(tmp, "b"));
    const a = startInstance("instance A", path.join(tmp, "a"), portA, distDir);
    const b = startInstance("instance B", path.join(tmp, "b"), portB, distDir);
    for (const [entry, port] of [
      [a, portA],
      [b, portB],
    ]) {
      await waitFor(`${entry.name} /healthz`, async () => {
        if (!running(entry)) throw new Error(`${entry.name} exited:\n${entry.output}`);
        return (await get(`http://${HOST}:${port}/healthz`)).status === 200;
      });
    }
    const healthA = JSON.parse((await get(`http://${HOST}:${portA}/healthz`)).body);
    const healthB = JSON.parse((await get(`http://${HOST}:${portB}/healthz`)).body);
    check(
      healthA.buildId === healthB.buildId && healthA.posts === healthB.posts,
      `both instances healthy, same build ${healthA.buildId}, ${healthA.posts} posts`,
    );

    const nginxDir = path.join(tmp, "nginx");
    fs.mkdirSync(path.join(nginxDir, "static"), { recursive: true });
    const configPath = path.join(nginxDir, "nginx.conf");
    fs.writeFileSync(
      configPath,
      deriveNginxConfig({ port: nginxPort, upstreams: [portA, portB], dir: nginxDir }),
    );
    const test = spawnSync("nginx", ["-t", "-c", configPath, "-p", `${nginxDir}/`], {
      encoding: "utf8",
    });
    if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);
    const nginx = startProcess("nginx", "nginx", ["-c", configPath, "-p", `${nginxDir}/`], {
      cwd: nginxDir,
    });
    const base = `http://${HOST}:${nginxPort}`;
    await waitFor("nginx", async () => {
      if (!running(nginx)) throw new Error(`nginx exited:\n${nginx.output}`);
      return (await get(`${base}/healthz`)).status === 200;
    });
    log(`${nginxVersion} on ${base} → instances on :${portA} and :${portB}`);

    // Caching and compression, as a reader's browser sees them.
    const urls = await pickUrls(base);
    for (const url of urls) await get(`${base}${url}`, CLIENT_HEADERS);
    const again = await Promise.all(urls.map((url) => get(`${base}${url}`, CLIENT_HEADERS)));
    check(
      again.every((r) => r.status === 200 && r.headers["x-cache-status"] === "HIT"),
      `nginx answers ${urls.length} warm URLs from its cache (X-Cache-Status: HIT), honouring the app's Cache-Control`,
    );
    check(
      again.every((r) => r.headers["content-encoding"] === "gzip"),
      "pages are served gzip-compressed",
    );
    const plain = await get(`${base}/`);
    check(
      plain.headers["content-encoding"] === undefined &&
        plain.body.toString("utf8").startsWith("<!DOCTYPE html>"),
      "a client without gzip gets plain HTML",
    );
    fs.writeFileSync(path.join(nginxDir, "static", "index.html"), plain.body);
    fs.writeFileSync(path.join(nginxDir, "static", "index.html.gz"), zlib.gzipSync(plain.body));
    // A 1 KB file: what nginx and the load generator manage on this machine right now.
    fs.writeFileSync(path.join(nginxDir, "static", "small.txt"), "한빛뉴스 ".repeat(77));

    // The load, with one instance killed halfway, and health probes that always reach an
    // instance (never cached) to exercise failover on every request.
    log(
      `load: ${DURATION} s at ${CONNECTIONS} connections over ${urls.length} URLs; instance A (PID ${a.child.pid}) is killed at ${DURATION / 2} s`,
    );
    const killTimer = setTimeout(
      () => {
        if (!running(a)) return;
        log(`killing instance A (PID ${a.child.pid}) with SIGKILL`);
        process.kill(a.child.pid, "SIGKILL");
      },
      (DURATION * 1000) / 2,
    );
    let load, probes;
    try {
      [load, probes] = await Promise.all([
        runLoad({
          url: base,
          connections: CONNECTIONS,
          duration: DURATION,
          requests: urls.map((p) => ({ path: p })),
        }),
        // 40 a second: enough to have requests on their way to A when it dies, few enough
        // that the instances' CPU stays out of the measurement.
        runLoad({ url: `${base}/healthz`, connections: 2, overallRate: 40, duration: DURATION }),
      ]);
    } finally {
      clearTimeout(killTimer);
    }
    results.nginx = load;
    results.probes = probes;
    log(`through nginx: ${summary(load)}`);
    log(`health probes through nginx: ${summary(probes)}`);
    check(!running(a), "instance A was killed during the load");
    check(failed(load) === 0, "no failed page request through nginx while an instance died");
    check(failed(probes) === 0, "no failed request to the instances through nginx (failover)");

    // One instance alone, for comparison.
    log(
      `one instance directly (B): ${DIRECT_DURATION} s at ${CONNECTIONS} connections over the same URLs`,
    );
    results.direct = await runLoad({
      url: `http://${HOST}:${portB}`,
      connections: CONNECTIONS,
      duration: DIRECT_DURATION,
      requests: urls.map((p) => ({ path: p })),
    });
    log(`one instance directly: ${summary(results.direct)}`);

    // nginx serving the same front page from a file, pre-compressed: the ceiling here.
    results.static = await runLoad({
      url: `${base}/__static/index.html`,
      connections: CONNECTIONS,
      duration: DIRECT_DURATION,
    });
    log(`nginx static file (front page HTML, gzip_static): ${summary(results.static)}`);
    results.small = await runLoad({
      url: `${base}/__static/small.txt`,
      connections: CONNECTIONS,
      duration: Math.min(DIRECT_DURATION, 5),
    });
    log(`nginx static 1 KB file (calibration): ${summary(results.small)}`);

    await stopProcess(nginx, NGINX_STOP); // graceful first: flushes the access log
    const accessLog = fs.readFileSync(path.join(nginxDir, "access.log"), "utf8");
    const served = (port) =>
      accessLog.split("\n").filter((line) => line.includes(`upstream=${HOST}:${port}/`)).length;
    check(
      served(portA) > 0 && served(portB) > 0,
      `both instances served requests through nginx (A: ${served(portA)}, B: ${served(portB)} upstream requests)`,
    );

    const ratio = results.nginx.requests.average / results.direct.requests.average;
    console.log("");
    console.log(`Cluster test on ${machine()}; ${nginxVersion}`);
    console.log(
      `  load average before / after: ${loadBefore} / ${loadAverage()} (other work on the machine)`,
    );
    console.log(
      `  through nginx (2 instances, cache, gzip, A killed at ${DURATION / 2} s): ${Math.round(results.nginx.requests.average).toLocaleString("en")} req/s, ${failed(results.nginx)} failed`,
    );
    console.log(
      `  one instance directly:                   ${Math.round(results.direct.requests.average).toLocaleString("en")} req/s (${ratio.toFixed(1)}× less)`,
    );
    console.log(
      `  nginx static file, same HTML, gzip_static: ${Math.round(results.static.requests.average).toLocaleString("en")} req/s`,
    );
    console.log(
      `  nginx static 1 KB file (calibration):   ${Math.round(results.small.requests.average).toLocaleString("en")} req/s`,
    );
    const out = path.join(ROOT, "bench-results");
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `cluster-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const pick = (r) => ({
      rps: r.requests.average,
      total: r.requests.total,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
    });
    fs.writeFileSync(
      file,
      JSON.stringify(
        {
          machine: machine(),
          loadAverage: { before: loadBefore, after: loadAverage() },
          nginx: nginxVersion,
          duration: DURATION,
          connections: CONNECTIONS,
          urls,
          throughNginx: pick(results.nginx),
          probes: pick(results.probes),
          oneInstance: pick(results.direct),
          staticFile: pick(results.static),
          smallStaticFile: pick(results.small),
        },
        null,
        2,
      ),
    );
    console.log(`  (figures saved to ${path.relative(ROOT, file)})`);
  } finally {
    for (const entry of [...started].reverse())
      await stopProcess(entry, entry.name === "nginx" ? NGINX_STOP : undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
  console.error(`[cluster] ${error instanceof Error ? error.stack : error}`);
}
if (failures.length > 0) {
  console.error(`\n[cluster] FAILED: ${failures.length} check(s):\n  - ${failures.join("\n  - ")}`);
  process.exit(1);
}
console.log("\n[cluster] passed");
