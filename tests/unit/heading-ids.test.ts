import { describe, expect, it } from "vitest";
import { addHeadingIds } from "@/lib/content/heading-ids";
import { postBody } from "@/lib/content/post-body";
import { loadPost } from "@/lib/content/load-post";
import { wrapTables } from "@/lib/content/wrap-tables";

describe("addHeadingIds", () => {
  it("gives each h2 a readable Korean id and lists the headings in order", () => {
    const { html, headings } = addHeadingIds(
      "<h2>야간 개관 확대의 배경</h2><p>본문</p><h2>이용 <b>방법</b></h2><h3>작은 제목</h3>",
    );
    expect(headings).toEqual([
      { id: "야간-개관-확대의-배경", text: "야간 개관 확대의 배경" },
      { id: "이용-방법", text: "이용 방법" },
    ]);
    expect(html).toBe(
      '<h2 id="야간-개관-확대의-배경">야간 개관 확대의 배경</h2><p>본문</p><h2 id="이용-방법">이용 <b>방법</b></h2><h3>작은 제목</h3>',
    );
  });

  it("keeps ids unique, even against a heading that looks like a numbered duplicate", () => {
    const { headings } = addHeadingIds("<h2>배경</h2><h2>배경</h2><h2>배경 2</h2>");
    expect(headings.map((h) => h.id)).toEqual(["배경", "배경-2", "배경-2-2"]);
  });

  it("never produces an id the page uses or one that would shadow a script global", () => {
    const { headings } = addHeadingIds(
      "<h2>main</h2><h2>Config</h2><h2>__next_f</h2><h2>!!!</h2><h2>AI 기본법</h2>",
    );
    expect(headings.map((h) => h.id)).toEqual([
      "section-main",
      "section-config",
      "next-f",
      "section",
      "ai-기본법",
    ]);
  });
});

describe("loadPost", () => {
  it("puts heading ids into the sanitized body, where the sanitizer cannot strip them", () => {
    const result = loadPost({
      relativePath: "2026-01-01-ids.html",
      bytes: new TextEncoder().encode(
        '---\ntitle: 목차 시험\n---\n<h2 id="evil" data-ke-size="size26">첫째 이야기</h2><h1>둘째 이야기</h1>',
      ),
      fallbackDate: () => ({ date: new Date(0), source: "mtime" }),
      siteOrigin: "https://news.example.kr",
    });
    expect(result.kind).toBe("post");
    if (result.kind !== "post") return;
    expect(postBody(result.post).html).toBe(
      '<h2 id="첫째-이야기">첫째 이야기</h2><h2 id="둘째-이야기">둘째 이야기</h2>',
    );
    expect(postBody(result.post).headings.map((h) => h.text)).toEqual([
      "첫째 이야기",
      "둘째 이야기",
    ]);
  });
});

describe("wrapTables", () => {
  it("puts each table in a named, focusable box that scrolls sideways", () => {
    expect(wrapTables("<p>a</p><table><tr><td>1</td></tr></table>")).toBe(
      '<p>a</p><div class="table-scroll" role="region" aria-label="표" tabindex="0"><table><tr><td>1</td></tr></table></div>',
    );
    expect(wrapTables("<table><caption>운영 &amp; 시간</caption></table>")).toContain(
      'aria-label="표: 운영 &amp; 시간"',
    );
  });
});
