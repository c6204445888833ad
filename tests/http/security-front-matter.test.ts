import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeContentFolder } from "../helpers/temp-content";
import { ROOT } from "../helpers/next-server";

// An `image` in front matter ends up in <img src>, og:image, JSON-LD and the feeds. Anything
// but an http(s) URL or a site path is refused, end to end: the content check an editor runs
// names the file and line, and `next build` stops on it before compiling anything.

const MESSAGE = 'error: "image" must be an http(s) URL or a site path starting with "/"';

const BAD_IMAGES: Record<string, string> = {
  "javascript.html": "javascript:alert(1)",
  "javascript-upper.html": "JAVASCRIPT:alert(1)",
  "javascript-tab.html": "java\tscript:alert(1)",
  "javascript-space.html": " javascript:alert(1)",
  "vbscript.html": "vbscript:msgbox(1)",
  "data-svg.html": "data:image/svg+xml,<svg onload=alert(1)>",
  "file.html": "file:///etc/passwd",
  "protocol-relative.html": "//xss.invalid/x.png",
  "backslash-host.html": "/\\xss.invalid/x.png",
  "relative.html": "images/photo.jpg",
};

const post = (image: string) =>
  `---\ntitle: 사진 기사\ndate: 2024-06-03\nimage: ${JSON.stringify(image)}\n---\n<p>본문</p>\n`;

const folder = makeContentFolder({
  "good.html": post("https://images.example.com/photo.jpg"),
  "good-site-path.html": post("/images/film-festival.jpg"),
  ...Object.fromEntries(Object.entries(BAD_IMAGES).map(([file, image]) => [file, post(image)])),
});
const distDir = ".next-test-sec-bad-image";

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
});

const env = {
  ...process.env,
  CONTENT_DIR: folder,
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: "1",
  NEWS_CONTENT_CHECKED: "",
};

describe("a front-matter image that is not http(s) or a site path", () => {
  it("is an error of `npm run content:check`, naming each file and line", () => {
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts", "check-content.ts")],
      { cwd: ROOT, env, encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    for (const file of Object.keys(BAD_IMAGES)) {
      expect(run.stdout).toContain(`${file}:4:1: ${MESSAGE}`);
    }
    expect(run.stdout).not.toMatch(/good(?:-site-path)?\.html:\d+:\d+: error/);
  });

  it("stops `next build` before it compiles anything", () => {
    const run = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"],
      { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status).not.toBe(0);
    const output = run.stdout + run.stderr;
    expect(output).toContain(`javascript.html:4:1: ${MESSAGE}`);
    expect(output).toContain(`backslash-host.html:4:1: ${MESSAGE}`);
    expect(output).toContain("The build stopped because of the content errors above.");
    expect(fs.existsSync(path.join(ROOT, distDir, "BUILD_ID"))).toBe(false);
  }, 120_000);
});
