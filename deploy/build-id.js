// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: next.config.js loads this before any TypeScript is compiled */
const { execFileSync } = require("node:child_process");
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/**
 * The build id, pinned so that two builds of one commit agree: instances built separately (two
 * machines, two image builds) then serve the same HTML, the same ETags and the same
 * `/_next/static/<id>/` paths, and a load balancer can send a reader's requests to any of them.
 *
 * 1. `NEWS_BUILD_ID`, when the pipeline sets it (a Docker build argument, a CI variable);
 * 2. the git commit, plus a hash of uncommitted changes to what goes into a build when there
 *    are any (so an edited checkout never poses as the commit; edits to docs or tests do not
 *    count);
 * 3. without git (a Docker build context without `.git`): a hash of what goes into a build.
 */

// What goes into a build (node_modules is pinned by the lock file), relative to the project.
const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "deploy",
  "instrumentation.ts",
  "proxy.ts",
  "middleware.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

/** @param {string[]} args @param {string} cwd */
function git(args, cwd) {
  return execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
}

/** Hashes file names and contents in a stable order. @param {string} root @param {string[]} files */
function hashFiles(root, files) {
  const hash = crypto.createHash("sha256");
  for (const file of [...new Set(files)].sort()) {
    hash.update(file).update("\0");
    try {
      hash.update(fs.readFileSync(path.resolve(root, file)));
    } catch {
      hash.update("(deleted)");
    }
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

/** Every file under the given paths (relative to root, or absolute). @param {string} root @param {string[]} entries */
function listFiles(root, entries) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} entry */
  const walk = (entry) => {
    const full = path.resolve(root, entry);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full)) walk(path.join(entry, name));
    } else {
      files.push(entry.split(path.sep).join("/"));
    }
  };
  entries.forEach(walk);
  return files;
}

/** @param {string} root the project folder */
function buildId(root) {
  const fromEnv = (process.env.NEWS_BUILD_ID || "").trim();
  if (fromEnv) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(fromEnv)) {
      throw new Error(`NEWS_BUILD_ID must be 1-64 letters, digits, "_", "." or "-": "${fromEnv}"`);
    }
    return fromEnv;
  }
  // The posts prerendered into the build: the configured folder, inside the project or not.
  const contentDir = path.relative(root, path.resolve(root, process.env.CONTENT_DIR || "content"));
  const insideProject = !contentDir.startsWith("..") && !path.isAbsolute(contentDir);
  const sources = [...SOURCES, ...(insideProject ? [contentDir] : [])];
  const outside = insideProject ? [] : listFiles(root, [path.resolve(root, contentDir)]);
  let commit;
  try {
    commit = git(["rev-parse", "HEAD"], root).trim();
  } catch {
    return `src-${hashFiles(root, [...listFiles(root, sources), ...outside])}`;
  }
  // Build inputs changed since the commit, and new ones git does not ignore. Not tsconfig.json:
  // every build into a new distDir appends that folder to its "include" list, so it changes
  // between two builds of the same sources.
  const changed = git(
    ["ls-files", "-z", "--modified", "--others", "--exclude-standard", "--", ...sources],
    root,
  )
    .split("\0")
    .filter((file) => file !== "" && file !== "tsconfig.json");
  const short = commit.slice(0, 12);
  const dirty = [...changed, ...outside];
  return dirty.length === 0 ? short : `${short}-dirty-${hashFiles(root, dirty)}`;
}

module.exports = { buildId };
