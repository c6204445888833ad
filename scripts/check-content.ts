/**
 * `npm run content:check [-- --json]`: validates every post in CONTENT_DIR without building.
 * Also run by next.config.js before `next build` (`--build`), so errors stop the build.
 */
import { checkContent, formatReport } from "../lib/content/check-content";
import { siteConfig } from "../lib/site-config";

const args = new Set(process.argv.slice(2));
const report = checkContent(undefined, siteConfig.url);

if (args.has("--json")) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const heading = args.has("--build") ? "Checking content" : "Content check";
  console.log(`${heading}: ${report.root}`);
  console.log(formatReport(report));
}
process.exitCode = report.errors > 0 ? 1 : 0;
