import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** The site the HTTP and browser tests run against: the fixture posts, 5 to a page. */
export const TEST_SITE = {
  // TEST_DIST_DIR lets two checkouts or helpers build side by side without clobbering.
  distDir: process.env.TEST_DIST_DIR ?? ".next-test",
  env: {
    CONTENT_DIR: path.join(ROOT, "tests", "fixtures", "site-content"),
    POSTS_PER_PAGE: "5",
    SITE_URL: "https://news.example.kr",
    SITE_NAME: "테스트뉴스",
  },
};

export type BuildOptions = { distDir: string; env: Record<string, string> };

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...options.env,
    NEXT_DIST_DIR: options.distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NEWS_CONTENT_CHECKED: "",
    // What `npm run build` and `npm start` use. Vitest sets NODE_ENV=test, and a build made
    // with it is not the production build: Tailwind, for one, skips its CSS optimization.
    NODE_ENV: "production",
  };
}

/** Runs `next build` unless that dist folder already holds a build (`force` rebuilds). */
export function ensureBuild(options: BuildOptions, force = false): void {
  const buildId = path.join(ROOT, options.distDir, "BUILD_ID");
  if (!force && fs.existsSync(buildId)) return;
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: buildEnv(options),
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error(`next build failed for ${options.distDir}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export type RunningServer = {
  url: string;
  pid: number;
  stop: () => Promise<void>;
  logs: () => string;
};

/** Starts `next start` (or `next dev`) on a free 127.0.0.1 port and waits until it answers. */
export async function startServer(
  options: BuildOptions,
  mode: "start" | "dev" = "start",
  // A server loads its posts and search index before answering: minutes for 100 000 posts.
  readyTimeoutMs = 120_000,
): Promise<RunningServer> {
  const port = await freePort();
  let output = "";
  const env = buildEnv(options);
  if (mode === "dev") Object.assign(env, { NODE_ENV: "development" });
  const child: ChildProcess = spawn(
    process.execPath,
    [NEXT_BIN, mode, "-H", "127.0.0.1", "-p", String(port)],
    { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      const response = await fetch(`${url}/robots.txt`);
      await response.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    logs: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(pid, "SIGTERM");
        setTimeout(() => child.exitCode === null && process.kill(pid, "SIGKILL"), 5_000).unref();
      }),
  };
}
