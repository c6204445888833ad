import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, TEST_SITE, type RunningServer } from "../helpers/next-server";
import { pollUntil } from "../helpers/poll";
import { makeContentFolder } from "../helpers/temp-content";

// `next dev` is the editor's preview: drafts and scheduled posts show with a banner, and a
// file added, changed or deleted shows on the next page load, without a restart.
let server: RunningServer;
let contentDir: string;

const get = async (pathname: string) => {
  const response = await fetch(`${server.url}${pathname}`);
  return { status: response.status, body: await response.text() };
};

beforeAll(async () => {
  contentDir = makeContentFolder({
    "published.html": "---\ntitle: 공개된 글\ndate: 2024-01-01\n---\n<p>공개</p>\n",
    "draft.html": "---\ntitle: 편집 중인 초안\ndate: 2024-01-02\ndraft: true\n---\n<p>초안</p>\n",
    "later.html": "---\ntitle: 내년 예약 기사\ndate: 2099-03-01 09:00:00 +0900\n---\n<p>예약</p>\n",
  });
  server = await startServer(
    { distDir: `${TEST_SITE.distDir}-dev`, env: { ...TEST_SITE.env, CONTENT_DIR: contentDir } },
    "dev",
  );
});

afterAll(async () => {
  await server?.stop();
});

describe("preview in next dev", () => {
  it("shows drafts and scheduled posts with a visible banner", async () => {
    const draft = await get("/articles/draft");
    expect(draft.status).toBe(200);
    expect(draft.body).toContain("초안(draft): 독자에게 보이지 않습니다.");
    const later = await get("/articles/later");
    expect(later.status).toBe(200);
    expect(later.body).toContain("예약 발행(scheduled): 2099년 3월 1일 09:00에 공개됩니다.");
    const published = await get("/articles/published");
    expect(published.body).not.toContain("초안(draft)");
    expect((await get("/")).body).toContain("편집 중인 초안");
  });

  it("shows an added, a changed and a deleted file on the next load", async () => {
    fs.writeFileSync(
      path.join(contentDir, "new.html"),
      "---\ntitle: 방금 쓴 글\ndate: 2024-01-03\n---\n<p>새 글</p>\n",
    );
    fs.writeFileSync(
      path.join(contentDir, "published.html"),
      "---\ntitle: 고친 제목\ndate: 2024-01-01\n---\n<p>공개</p>\n",
    );
    fs.rmSync(path.join(contentDir, "later.html"));
    // Dev compiles on first request; after that each load reads the folder again.
    const seen = await pollUntil(
      async () => {
        const [home, added, removed] = await Promise.all([
          get("/"),
          get("/articles/new"),
          get("/articles/later"),
        ]);
        return (
          home.body.includes("방금 쓴 글") &&
          home.body.includes("고친 제목") &&
          added.status === 200 &&
          removed.status === 404
        );
      },
      30_000,
      1_000,
    );
    expect(seen).toBe(true);
  });
});
