import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml, urlScheme } from "@/lib/content/sanitize-article-html";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_STYLES,
  ALLOWED_TAGS,
  STYLED_TAGS,
} from "@/lib/content/sanitize-policy";

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

describe("the allowlist itself", () => {
  it("never allows the tags behind the 2025–2026 parser-mismatch bypasses, or srcdoc", () => {
    for (const tag of [
      "script",
      "style",
      "xmp",
      "textarea",
      "noscript",
      "option",
      "select",
      "svg",
      "math",
      "iframe",
      "object",
      "embed",
      "base",
      "meta",
      "link",
      "form",
      "template",
      "title",
      "noembed",
      "noframes",
      "plaintext",
      "iframe",
      "frame",
      "input",
      "button",
    ]) {
      expect(ALLOWED_TAGS as readonly string[], tag).not.toContain(tag);
    }
    for (const [tag, attributes] of Object.entries(ALLOWED_ATTRIBUTES)) {
      expect(attributes, tag).not.toContain("srcdoc");
      expect(
        attributes.filter((name) => name.startsWith("on")),
        tag,
      ).toEqual([]);
      if (attributes.includes("style")) expect(STYLED_TAGS as readonly string[]).toContain(tag);
    }
  });

  it("anchors every style pattern at both ends", () => {
    for (const [property, patterns] of Object.entries(ALLOWED_STYLES)) {
      for (const pattern of patterns) {
        expect(pattern.source.startsWith("^"), `${property} ${pattern}`).toBe(true);
        expect(pattern.source.endsWith("$"), `${property} ${pattern}`).toBe(true);
      }
    }
  });
});

describe("style values outside the allowlist", () => {
  it.each([
    ["position:fixed", "position: fixed; top: 0; left: 0; color: #ee2323"],
    ["url()", "color: #ee2323; background-image: url(https://xss.invalid/x.png)"],
    ["url() in a colour", "background-color: url(javascript:alert(1)); color: #ee2323"],
    ["expression()", "color: expression(alert(1)); color: #ee2323"],
    ["an escaped expression", "color: e\\78 pression(alert(1)); color: #ee2323"],
    ["-moz-binding", "-moz-binding: url(https://xss.invalid/x.xml#x); color: #ee2323"],
    ["behavior", "behavior: url(x.htc); color: #ee2323"],
    ["!important layering", "z-index: 2147483647 !important; color: #ee2323"],
  ])("drops %s and keeps the text and the allowed colour", (_name, style) => {
    const { html, removed } = clean(`<p><span style="${style}">기사 본문</span></p>`);
    expect(html).toBe('<p><span style="color:#ee2323">기사 본문</span></p>');
    expect(Object.keys(removed).every((key) => key.startsWith("style "))).toBe(true);
    expect(Object.keys(removed).length).toBeGreaterThan(0);
  });

  it("drops a whole style whose value smuggles a second declaration, and says so", () => {
    const { html, removed } = clean(
      '<p><span style="color: red\\;position:fixed; color: #ee2323">기사 본문</span></p>',
    );
    expect(html).toBe("<p><span>기사 본문</span></p>");
    expect(removed).toMatchObject({ "style position on <span>": 1 });
  });

  it("keeps the seed's highlight styles exactly, on every tag that may carry them", () => {
    const { html, removed } = clean(
      '<p style="text-align: center;"><b style="font-weight: 700;"><span style="color: #ee2323;">빨강</span></b> <strong><span style="background-color: #f6e199;">노랑 배경</span></strong> <span style="color: rgb(26, 84, 144);">rgb</span> <span style="background-color: rgba(33, 83, 133, 0.15);">rgba</span> <span style="color: navy;">이름</span></p>',
    );
    expect(html).toBe(
      '<p style="text-align:center"><b style="font-weight:700"><span style="color:#ee2323">빨강</span></b> <strong><span style="background-color:#f6e199">노랑 배경</span></strong> <span style="color:rgb(26, 84, 144)">rgb</span> <span style="background-color:rgba(33, 83, 133, 0.15)">rgba</span> <span style="color:navy">이름</span></p>',
    );
    expect(removed).toEqual({});
  });
});

describe("hostile URLs", () => {
  it.each([
    ["a leading no-break space", "&#xA0;javascript:alert(1)", "javascript:"],
    ["a leading line separator", "\u2028javascript:alert(1)", "javascript:"],
    ["a leading ideographic space", "&#x3000;javascript:alert(1)", "javascript:"],
    ["a zero-width space in the scheme", "java&#x200B;script:alert(1)", "javascript:"],
    ["a comment in the scheme", "java<!-- -->script:alert(1)", "javascript:"],
    ["vbscript", "VBScript:msgbox(1)", "vbscript:"],
    ["data", " data:text/html,<script>alert(1)</script>", "data:"],
    ["a protocol-relative host", "//xss.invalid/", "protocol-relative"],
    ["a backslash host", "/\\xss.invalid/", "protocol-relative"],
  ])("drops a link with %s and reports it", (_name, href, scheme) => {
    const { html, removed } = clean(`<p><a href="${href}">링크</a></p>`);
    expect(html).toBe("<p><a>링크</a></p>");
    expect(removed).toEqual({ [`href ${scheme} on <a>`]: 1 });
  });

  it("drops image sources that are not http(s) or site paths, and counts each", () => {
    const { html, removed } = clean(
      '<p><img src="javascript:alert(1)" alt="a"><img src="data:image/svg+xml,<svg onload=alert(1)>" alt="b"><img src="//xss.invalid/x.png" alt="c"><img src="/images/ok.jpg" alt="d"></p>',
    );
    expect(html).not.toMatch(/javascript:|data:|xss\.invalid/);
    expect(html).toContain('<img src="/images/ok.jpg" alt="d"');
    expect(removed).toEqual({
      "src javascript: on <img>": 1,
      "src data: on <img>": 1,
      "src protocol-relative on <img>": 1,
    });
  });

  it("keeps ordinary links: external, site, fragment, mailto, Korean paths", () => {
    const { html, removed } = clean(
      '<a href="https://example.org/a?b=1&amp;c=2">밖</a><a href="/articles/한글-주소">안</a><a href="#section">절</a><a href="mailto:desk@example.kr">메일</a>',
    );
    expect(html).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">밖</a><a href="/articles/한글-주소">안</a><a href="#section">절</a><a href="mailto:desk@example.kr">메일</a>',
    );
    expect(removed).toEqual({});
  });
});

describe("parser-mismatch tricks (mutation XSS)", () => {
  it.each([
    ["xmp", "<xmp><img src=x onerror=alert(1)></xmp><p>뒤</p>", "<xmp> with its content"],
    [
      "textarea",
      "<textarea></textarea/><img src=x onerror=alert(1)></textarea><p>뒤</p>",
      "<textarea> with its content",
    ],
    [
      "noscript",
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><p>뒤</p>',
      "<noscript> with its content",
    ],
    [
      "option",
      "<select><option><img src=x onerror=alert(1)></option></select><p>뒤</p>",
      "<option> with its content",
    ],
    ["svg", "<svg><style><img src=x onerror=alert(1)></style></svg><p>뒤</p>", "<svg> tag"],
    [
      "math",
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>뒤</p>",
      "<math> tag",
    ],
  ])("%s: nothing that can run survives, the text after it does", (_name, dirty, reported) => {
    const { html, removed } = clean(dirty);
    expect(html).not.toMatch(
      /<(?:img|svg|math|style|script)\b[^>]*\bon\w+=|<script|<style|<svg|<math/i,
    );
    expect(html).toContain("<p>뒤</p>");
    expect(removed[reported]).toBe(1);
  });
});

describe("what the sanitizer reports", () => {
  it("counts repeated removals and reports nothing it adds or rewrites itself", () => {
    const { removed } = clean(
      '<h1>제목</h1><p>&nbsp;</p><a href="https://x.example" rel="dofollow">밖</a><img src="/a.jpg" alt="" loading="eager"><script>a()</script><SCRIPT>b()</SCRIPT><p onclick="x()" ONMOUSEOVER="y()">글</p><p onclick="z()">글</p>',
    );
    expect(removed).toEqual({
      "<script> with its content": 2,
      "event handler onclick on <p>": 2,
      "event handler onmouseover on <p>": 1,
    });
  });

  it("does not count again what was inside an element removed with its content", () => {
    const { removed } = clean(
      '<noscript><p onclick="x()"><span class="a">글</span></p><noscript><b>c</b></noscript></noscript><p>뒤</p>',
    );
    expect(removed).toEqual({ "<noscript> with its content": 1 });
  });

  it("counts only the declarations it drops from a style", () => {
    const { html, removed } = clean(
      '<td style="text-align: center; width: 120px; height: 17px; color: #333333;">값</td>',
    );
    expect(html).toBe('<td style="text-align:center;color:#333333">값</td>');
    expect(removed).toEqual({ "style width on <td>": 1, "style height on <td>": 1 });
  });

  it("reports nothing for a clean body, and nothing when its own output is cleaned again", () => {
    const first = clean(
      '<h2>소제목</h2><p><span style="color:#ee2323">강조</span> <a href="/articles/x">링크</a></p><table><tr><th colspan="2">표</th></tr></table>',
    );
    expect(first.removed).toEqual({});
    expect(clean(first.html)).toEqual(first);
  });
});

describe("urlScheme", () => {
  it("finds the scheme a browser would see, or none for a relative URL", () => {
    expect(urlScheme("  JaVa\tScRiPt:alert(1)")).toBe("javascript");
    expect(urlScheme("\u00a0\u3000\u200bdata:text/html,x")).toBe("data");
    expect(urlScheme("//host/x")).toBe("//");
    expect(urlScheme("\\\\host/x")).toBe("//");
    expect(urlScheme("/images/a.jpg")).toBe("");
    expect(urlScheme("사진/a.jpg")).toBe("");
    expect(urlScheme("https://example.org")).toBe("https");
  });
});
