/**
 * `npm run content:check [-- --json]`: validates every post in CONTENT_DIR without building.
 * Also run by next.config.js before `next build` (`--build`), so errors stop the build.
 */
import type { LoadCache } from "../lib/content/build-content-index";
import { checkContent, formatReport } from "../lib/content/check-content";
import { LoadCacheWriter } from "../lib/content/load-cache-file";
import { siteConfig } from "../lib/site-config";

async function main() {
  const args = new Set(process.argv.slice(2));
  const cache: LoadCache = new Map();
  // What the check loads is what the build serves: build workers and the server read it
  // instead of parsing every post again. Bodies go to the file as they are loaded.
  const writer = new LoadCacheWriter();
  const report = await checkContent(undefined, siteConfig.url, undefined, cache, writer.store);
  if (report.errors === 0) writer.finish(cache, siteConfig.url);
  else writer.discard();

  if (args.has("--json")) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const heading = args.has("--build") ? "Checking content" : "Content check";
    console.log(`${heading}: ${report.root}`);
    console.log(formatReport(report));
  }
  process.exitCode = report.errors > 0 ? 1 : 0;
}

void main();
