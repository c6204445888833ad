// @ts-check
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { PHASE_PRODUCTION_BUILD, PHASE_DEVELOPMENT_SERVER } = require("next/constants");
const { securityHeaders } = require("./lib/security-headers.js");
const { buildId } = require("./deploy/build-id.js");
const { cacheControlHeaders } = require("./deploy/cache-control.js");

/**
 * Before a production build, check every content file once with the same rules the site
 * loads them with: a bad file stops the build with one list of `path:line: message` lines
 * instead of a prerendering stack trace. Build workers load this config too; the variable
 * keeps the check to one run.
 */
function checkContentBeforeBuild() {
  if (process.env.NEWS_CONTENT_CHECKED === "1") return;
  process.env.NEWS_CONTENT_CHECKED = "1";
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(__dirname, "scripts", "check-content.ts"), "--build"],
    { stdio: "inherit", cwd: __dirname, env: process.env },
  );
  if (result.status !== 0) {
    console.error("\nThe build stopped because of the content errors above.");
    process.exit(1);
  }
}

/** @param {string} phase */
module.exports = (phase) => {
  if (phase === PHASE_PRODUCTION_BUILD) {
    checkContentBeforeBuild();
    // Pinned once per build (deploy/build-id.js); build workers inherit it.
    process.env.NEWS_BUILD_ID = buildId(__dirname);
  }
  const isDev = phase === PHASE_DEVELOPMENT_SERVER;

  /** @type {import('next').NextConfig} */
  const config = {
    distDir: process.env.NEXT_DIST_DIR || ".next",
    // A self-contained server in <distDir>/standalone for Docker and scale-out
    // (docs/DEPLOY.md); `next start` still serves the same build, with a warning.
    output: "standalone",
    // One build id per commit, so instances built separately serve identical pages and ETags.
    generateBuildId: () => buildId(__dirname),
    // For GET /healthz, which reports which build an instance runs.
    env: { NEWS_BUILD_ID: process.env.NEWS_BUILD_ID || "" },
    poweredByHeader: false,
    // `npm run typecheck` (part of `npm test` and CI) type-checks the whole project, tests
    // included; doing it again inside every build only makes builds slower.
    typescript: { ignoreBuildErrors: true },
    reactStrictMode: true,
    // Page 1 of a list has one URL, without the suffix.
    async redirects() {
      return [
        { source: "/page/1", destination: "/", permanent: true },
        {
          source: "/category/:category/page/1",
          destination: "/category/:category",
          permanent: true,
        },
      ];
    },
    async headers() {
      return [
        { source: "/:path*", headers: securityHeaders({ isDev }) },
        // Cache-Control per page type for nginx or a CDN (deploy/cache-control.js).
        ...(isDev ? [] : cacheControlHeaders()),
      ];
    },
  };
  return config;
};
