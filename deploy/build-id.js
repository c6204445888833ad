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
 * 2. the git commit, plus a hash of uncommitted changes when the working tree has any (so an
 *    edited checkout never poses as the commit);
 * 3. without git (a Docker build context without `.git`): a hash of the files that make up the
 *    site.
 */

// What a build is made of, for the hash without git. node_modules is pinned by the lock file.
const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
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
  for (const file of [...files].sort()) {
    hash.update(file).update("\0");
    try {
      hash.update(fs.readFileSync(path.join(root, file)));
    } catch {
      hash.update("(deleted)");
    }
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 12);
}

/** Every file under the given paths, relative to root. @param {string} root @param {string[]} entries */
function listFiles(root, entries) {
  /** @type {string[]} */
  const files = [];
  /** @param {string} rel */
  const walk = (rel) => {
    const full = path.join(root, rel);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const name of fs.readdirSync(full)) walk(path.join(rel, name));
    } else {
      files.push(rel.split(path.sep).join("/"));
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
  let commit;
  try {
    commit = git(["rev-parse", "HEAD"], root).trim();
  } catch {
    return `src-${hashFiles(root, listFiles(root, SOURCES))}`;
  }
  // Tracked files changed since the commit and new files git does not ignore.
  const changed = git(["ls-files", "-z", "--modified", "--others", "--exclude-standard"], root)
    .split("\0")
    .filter(Boolean);
  const short = commit.slice(0, 12);
  return changed.length === 0 ? short : `${short}-dirty-${hashFiles(root, [...new Set(changed)])}`;
}

module.exports = { buildId };
