import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "@/lib/content/sanitize-article-html";

const ORIGIN = "https://news.example.kr";
const clean = (html: string) => sanitizeArticleHtml(html, ORIGIN);

describe("sanitizeArticleHtml keeps editorial formatting", () => {
  it("keeps the editor's red, blue and 8-digit background highlights", () => {
    const { html } = clean(
      '<p><b><span style="color: #ee2323;">빨강 <span style="background-color: #21538527;">배경</span></span></b> <span style="color: #1a5490;">파랑</span></p>',
    );
    expect(html).toContain('<span style="color:#ee2323">빨강 ');
    expect(html).toContain('<span style="background-color:#21538527">배경</span>');
    expect(html).toContain('<span style="color:#1a5490">파랑</span>');
  });

  it("keeps tables with alignment, spans and cells but not layout styles", () => {
    const { html, removed } = clean(
      '<table style="width:100%"><tr><th style="text-align: center;" colspan="2">제목</th></tr><tr><td style="text-align: center; height: 17px;" rowspan="1">값</td></tr></table>',
    );
    expect(html).toContain('<th style="text-align:center" colspan="2">제목</th>');
    expect(html).toContain('<td style="text-align:center" rowspan="1">값</td>');
    expect(html).not.toContain("width");
    expect(html).not.toContain("height");
    expect(removed).toMatchObject({ "attribute style on <table>": 1, "style height on <td>": 1 });
  });

  it("makes images lazy and keeps http(s) and site-path sources", () => {
    const { html } = clean(
      '<img src="https://img.example.com/a.jpg" alt="사진"><img src="/images/b.jpg" alt="">',
    );
    expect(html).toContain(
      '<img src="https://img.example.com/a.jpg" alt="사진" loading="lazy" decoding="async" />',
    );
    expect(html).toContain('src="/images/b.jpg"');
  });

  it("marks external links noopener noreferrer and drops the editor's dofollow", () => {
    const { html } = clean(
      '<a href="https://other.example.org" rel="dofollow">밖</a> <a href="/articles/x" rel="dofollow">안</a> <a href="mailto:desk@example.kr">메일</a>',
    );
    expect(html).toContain('<a href="https://other.example.org" rel="noopener noreferrer">밖</a>');
    expect(html).toContain('<a href="/articles/x">안</a>');
    expect(html).toContain('<a href="mailto:desk@example.kr">메일</a>');
    expect(html).not.toContain("dofollow");
  });

  it("removes the editor's empty spacer paragraphs but keeps a paragraph holding only an image", () => {
    const { html } = clean(
      '<p data-ke-size="size16">&nbsp;</p><p><img src="/a.jpg" alt="a"></p><p>글</p>',
    );
    expect(html).not.toContain("&nbsp;");
    expect(html).toContain('<p><img src="/a.jpg"');
    expect(html).toContain("<p>글</p>");
    expect(html).not.toContain("data-ke-size");
  });

  it("turns a body h1 into h2 so the page keeps one h1", () => {
    expect(clean("<h1>소제목</h1>").html).toBe("<h2>소제목</h2>");
  });
});

describe("sanitizeArticleHtml removes what can run code", () => {
  it("drops scripts with their content and reports them", () => {
    const { html, removed } = clean('<p>앞</p><script>alert("x")</script><p>뒤</p>');
    expect(html).toBe("<p>앞</p><p>뒤</p>");
    expect(removed["<script> with its content"]).toBe(1);
  });

  it("drops event handlers but keeps the text", () => {
    const { html, removed } = clean('<p onclick="alert(1)" onmouseover="x()">본문</p>');
    expect(html).toBe("<p>본문</p>");
    expect(removed).toMatchObject({
      "event handler onclick on <p>": 1,
      "event handler onmouseover on <p>": 1,
    });
  });

  it("drops javascript:, vbscript: and data: URLs, however they are spelled", () => {
    for (const href of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "&#106;avascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html,<script>alert(1)</script>",
    ]) {
      const { html } = clean(`<a href="${href}">링크</a>`);
      expect(html, href).toBe("<a>링크</a>");
    }
    expect(clean('<img src="data:image/svg+xml,<svg onload=alert(1)>">').html).not.toContain(
      "data:",
    );
  });

  it("drops iframes, forms, style, svg, meta, base, object and comments", () => {
    const { html } = clean(
      '<iframe src="https://x.example"></iframe><form action="/x"><input></form><style>p{}</style><svg><circle/></svg><meta http-equiv="refresh" content="0"><base href="http://x"><object data="x"></object><!-- 주석 --><p>남는 글</p>',
    );
    expect(html).toBe("<p>남는 글</p>");
  });

  it("drops style values outside the allowlist without dropping the text", () => {
    const { html, removed } = clean(
      '<span style="position:fixed; color: red; background-image:url(javascript:alert(1))">글자</span><span style="color: expression(alert(1))">둘</span><span style="color: red; background: url(x)">셋</span>',
    );
    expect(html).toBe(
      '<span style="color:red">글자</span><span>둘</span><span style="color:red">셋</span>',
    );
    expect(removed["style position on <span>"]).toBe(1);
  });

  it("removes data-* attributes and the editor's classes", () => {
    const { html, removed } = clean('<p class="editor-p" data-ke-size="size16" id="x">글</p>');
    expect(html).toBe("<p>글</p>");
    expect(removed).toMatchObject({
      "attribute class on <p>": 1,
      "attribute data-ke-size on <p>": 1,
    });
  });
});
