// Browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
// On a fresh Debian/Ubuntu machine run as root, install it; elsewhere, say what to do.
import { execSync } from "node:child_process";
import fs from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (fs.existsSync(chromium)) process.exit(0);

const canApt = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
if (!canApt) {
  console.error(
    `Chromium not found at ${chromium}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk)` +
      " or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
  process.exit(1);
}
console.log("Installing Debian's chromium and a Korean font for the browser tests…");
execSync("apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk", {
  stdio: "inherit",
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
});
