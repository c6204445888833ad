// Starts `next start` of an existing build on a free 127.0.0.1 port for the plain-Node scripts
// (Lighthouse audit, screenshots, the CSP cost and framework-floor benchmarks). The TypeScript
// test harness has its own copy in tests/helpers/next-server.ts, which Playwright compiles to
// CommonJS.
import { spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {NodeJS.ProcessEnv} env the server's whole environment (NEXT_DIST_DIR picks the build)
 * @param {string} [cwd] the app to serve, with its own node_modules (this site by default)
 * @returns {Promise<{ url: string, pid: number, stop: () => Promise<void> }>}
 */
export async function startNextServer(env, cwd = ROOT) {
  const port = await freePort();
  const nextBin = path.join(cwd, "node_modules", "next", "dist", "bin", "next");
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${output}`);
    try {
      await (await fetch(`${url}/robots.txt`)).arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  // Stopped by its process id, never by name: other servers may share the machine.
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      process.kill(child.pid, "SIGTERM");
      setTimeout(
        () => child.exitCode === null && process.kill(child.pid, "SIGKILL"),
        5_000,
      ).unref();
    });
  return { url, pid: child.pid, stop };
}
