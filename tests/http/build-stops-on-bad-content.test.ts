import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/next-server";
import { makeContentFolder } from "../helpers/temp-content";

describe("next build with bad content", () => {
  it("stops with one list of every problem, path:line:column, and no stack trace", () => {
    const contentDir = makeContentFolder({
      "good.html": "---\ntitle: 멀쩡한 글\ndate: 2024-01-01\n---\n<p>x</p>\n",
      "no-title.html": "---\nexcerpt: 제목이 없습니다\n---\n<p>x</p>\n",
      "bad-date.html": "---\ntitle: 날짜\ndate: 2024-02-30\n---\n<p>x</p>\n",
      "sub/unclosed.md": "---\ntitle: 닫히지 않음\n본문\n",
    });
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"],
      {
        cwd: ROOT,
        encoding: "utf8",
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          NEXT_DIST_DIR: ".next-test-bad-content",
          NEWS_CONTENT_CHECKED: "",
          NEXT_TELEMETRY_DISABLED: "1",
        },
      },
    );
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status).not.toBe(0);
    expect(output).toContain('bad-date.html:3:1: error: "date": impossible date "2024-02-30"');
    expect(output).toContain('no-title.html:1:1: error: "title" is required and must be text');
    expect(output).toContain(
      'sub/unclosed.md:1:1: error: front matter opened with "---" on line 1 is never closed',
    );
    expect(output).toContain("3 errors");
    expect(output).toContain("The build stopped because of the content errors above.");
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
  });
});
