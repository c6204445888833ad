#!/usr/bin/env node
// `npm run start:standalone`: runs the self-contained server that `npm run build` leaves in
// <distDir>/standalone, laid out as the Docker image lays it out (docs/DEPLOY.md):
//
//   <distDir>/standalone/server.js            the server, with only the node_modules it needs
//   <distDir>/standalone/<distDir>/static     hashed JS/CSS/fonts, copied from <distDir>/static
//   <distDir>/standalone/public               copied from public/
//   CONTENT_DIR                               the live content folder, as an absolute path
//
// The content folder is not copied: the server reads it where it is (CONTENT_DIR, default
// `content/`, resolved against the folder this command runs in, like `next start`), so a
// `git pull` there still publishes without a rebuild.
//
// Options: --hostname/-H <address> (or HOSTNAME; default 127.0.0.1), --port/-p <port> (or
// PORT; default 3000). NEXT_DIST_DIR names the build folder as it does for `npm run build`.
// The server runs in this process: its PID is this process's PID, SIGTERM stops it gracefully.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fail(message) {
  console.error(`start:standalone: ${message}`);
  process.exit(1);
}

function option(names, envName, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2);
    if (names.includes(flag)) return inline ?? args[i + 1] ?? fail(`${flag} needs a value`);
  }
  return process.env[envName] || fallback;
}

const distDir = process.env.NEXT_DIST_DIR || ".next";
const buildDir = path.resolve(projectRoot, distDir);
const standalone = path.join(buildDir, "standalone");
const serverJs = path.join(standalone, "server.js");
if (!fs.existsSync(serverJs)) {
  fail(
    `${path.relative(process.cwd(), serverJs)} is missing: run \`npm run build\` first ` +
      `(with the same NEXT_DIST_DIR), and keep \`output: "standalone"\` in next.config.js.`,
  );
}

// server.js carries the distDir of the build that wrote it; the static files go next to it.
const baked = /"distDir":"([^"]+)"/.exec(fs.readFileSync(serverJs, "utf8"))?.[1] ?? distDir;
const staticTarget = path.join(standalone, baked, "static");
fs.cpSync(path.join(buildDir, "static"), staticTarget, { recursive: true, force: true });
// The posts the build's content check already parsed (lib/content/load-cache-file.ts): the
// server starts from them and re-reads only files changed since.
const contentCache = path.join(buildDir, "cache", "news-content.v8");
if (fs.existsSync(contentCache)) {
  fs.mkdirSync(path.join(standalone, baked, "cache"), { recursive: true });
  fs.copyFileSync(contentCache, path.join(standalone, baked, "cache", "news-content.v8"));
}
const publicDir = path.join(projectRoot, "public");
if (fs.existsSync(publicDir)) {
  fs.cpSync(publicDir, path.join(standalone, "public"), { recursive: true, force: true });
}

const contentDir = path.resolve(process.cwd(), process.env.CONTENT_DIR || "content");
if (!fs.existsSync(contentDir)) fail(`the content folder ${contentDir} does not exist`);

const port = option(["--port", "-p"], "PORT", "3000");
if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) fail(`invalid port "${port}"`);
process.env.PORT = port;
process.env.HOSTNAME = option(["--hostname", "-H"], "HOSTNAME", "127.0.0.1");
process.env.CONTENT_DIR = contentDir;
// Relative to the standalone folder, where server.js runs; the app reads its cache there.
process.env.NEXT_DIST_DIR = path.normalize(baked);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

console.log(
  `start:standalone: ${path.relative(projectRoot, standalone)}/server.js on ` +
    `http://${process.env.HOSTNAME}:${port}, content from ${contentDir}`,
);
// server.js changes into its own folder and starts listening.
await import(pathToFileURL(serverJs).href);
