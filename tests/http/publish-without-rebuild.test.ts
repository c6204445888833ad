import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureBuild,
  ROOT,
  startServer,
  TEST_SITE,
  type RunningServer,
} from "../helpers/next-server";
import { pollUntil } from "../helpers/poll";

// A production server whose content folder changes under it (a `git pull`, a copied file)
// must show new, changed and deleted posts within 60 s, without a rebuild or a restart.
const FRESHNESS_LIMIT_MS = 60_000;

let server: RunningServer;
let contentDir: string;

const get = async (pathname: string) => {
  const response = await fetch(`${server.url}${pathname}`, { redirect: "manual" });
  return { status: response.status, body: await response.text() };
};

const post = (title: string, date: string, body = "<p>본문</p>") =>
  `---\ntitle: ${title}\ncategories: [News]\ndate: ${date}\nexcerpt: 요약\nimage: /images/x.jpg\n---\n${body}\n`;

beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "news-publish-"));
  fs.cpSync(path.join(ROOT, "tests/fixtures/site-content"), contentDir, { recursive: true });
  const site = {
    distDir: `${TEST_SITE.distDir}-publish`,
    env: { ...TEST_SITE.env, CONTENT_DIR: contentDir },
  };
  ensureBuild(site, true);
  server = await startServer(site);
  // Warm the caches so the test sees regeneration, not a first render.
  await Promise.all(["/", "/category/news", "/articles/seed-style-article"].map(get));
});

afterAll(async () => {
  await server?.stop();
});

describe("publishing on a running server without a rebuild", () => {
  it("shows added, changed and deleted posts and skips a broken file, within 60 s", async () => {
    fs.writeFileSync(
      path.join(contentDir, "added-later.html"),
      post("나중에 추가된 기사", "2026-11-21"),
    );
    const seedPath = path.join(contentDir, "seed-style-article.txt");
    fs.writeFileSync(
      seedPath,
      fs
        .readFileSync(seedPath, "utf8")
        .replace("지역 도서관 야간 개관 확대 소식!", "도서관 야간 개관, 열두 곳으로 확대"),
    );
    fs.rmSync(path.join(contentDir, "markdown-post.md"));
    fs.writeFileSync(
      path.join(contentDir, "broken.html"),
      "---\ntitle: [깨진 머리말\n---\n<p>x</p>\n",
    );

    const fresh = await pollUntil(async () => {
      const [home, added, changed, deleted, category] = await Promise.all([
        get("/"),
        get("/articles/added-later"),
        get("/articles/seed-style-article"),
        get("/articles/markdown-post"),
        get("/category/news"),
      ]);
      return (
        home.body.includes("나중에 추가된 기사") &&
        home.body.includes("도서관 야간 개관, 열두 곳으로 확대") &&
        !home.body.includes("마크다운으로 쓴 기사") &&
        category.body.includes("나중에 추가된 기사") &&
        added.status === 200 &&
        changed.body.includes("도서관 야간 개관, 열두 곳으로 확대") &&
        deleted.status === 404
      );
    }, FRESHNESS_LIMIT_MS);
    expect(fresh, "content changes did not show within 60 s").toBe(true);

    // The broken file is skipped and logged; every other page keeps serving.
    expect((await get("/")).status).toBe(200);
    expect((await get("/articles/broken")).status).toBe(404);
    expect(server.logs()).toMatch(/broken\.html:2:\d+: error: YAML syntax error/);
  });

  it("puts a scheduled post live within 60 s of its time", async () => {
    const goLive = new Date(Date.now() + 10_000);
    fs.writeFileSync(
      path.join(contentDir, "scheduled-soon.html"),
      post("곧 공개될 기사", goLive.toISOString()),
    );
    expect((await get("/articles/scheduled-soon")).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, goLive.getTime() - Date.now()));
    const live = await pollUntil(async () => {
      const [article, home] = await Promise.all([get("/articles/scheduled-soon"), get("/")]);
      return article.status === 200 && home.body.includes("곧 공개될 기사");
    }, FRESHNESS_LIMIT_MS);
    expect(live, "the scheduled post was not live within 60 s of its time").toBe(true);
  });
});
