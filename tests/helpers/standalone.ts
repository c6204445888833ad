import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, ROOT, type BuildOptions } from "./next-server";

const START_SCRIPT = path.join(ROOT, "scripts", "start-standalone.mjs");

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type StandaloneServer = {
  url: string;
  pid: number;
  logs: () => string;
  /** Resolves when the process has exited. */
  exited: Promise<Exit>;
  /** SIGTERM, then SIGKILL after 10 s; resolves with how the process ended. */
  stop: () => Promise<Exit>;
};

/**
 * Spawns `node scripts/start-standalone.mjs` (what `npm run start:standalone` runs) for a build
 * in `options.distDir`, on a free 127.0.0.1 port. Does not wait for it to answer.
 */
export async function spawnStandalone(
  options: BuildOptions,
  extraEnv: Record<string, string> = {},
): Promise<StandaloneServer & { child: ChildProcess }> {
  const port = await freePort();
  let output = "";
  const child = spawn(
    process.execPath,
    [START_SCRIPT, "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...options.env,
        ...extraEnv,
        NEXT_DIST_DIR: options.distDir,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const pid = child.pid!;
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    pid,
    logs: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        process.kill(pid, "SIGTERM");
        const timer = setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) process.kill(pid, "SIGKILL");
        }, 10_000);
        timer.unref();
      }
      return exited;
    },
  };
}

/** Starts the standalone server and waits until it answers (any HTTP status). */
export async function startStandalone(
  options: BuildOptions,
  extraEnv: Record<string, string> = {},
): Promise<StandaloneServer> {
  const server = await spawnStandalone(options, extraEnv);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (server.child.exitCode !== null) {
      throw new Error(`the standalone server exited early:\n${server.logs()}`);
    }
    try {
      const response = await fetch(`${server.url}/healthz`);
      await response.arrayBuffer();
      return server;
    } catch {
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`the standalone server did not answer:\n${server.logs()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** The build id `next build` wrote into a dist folder. */
export function readBuildId(distDir: string): string {
  return fs.readFileSync(path.join(ROOT, distDir, "BUILD_ID"), "utf8").trim();
}
