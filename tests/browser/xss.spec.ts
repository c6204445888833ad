import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS } from "../../lib/content/sanitize-policy";
import { freePort, ROOT, startServer, type RunningServer } from "../helpers/next-server";
import { fireEvents, inspectPage, installHooks, type InspectOptions } from "../helpers/xss-probe";
import {
  buildXssSite,
  EDITORIAL_SLUG,
  writeXssContent,
  XSS_CATEGORY,
  XSS_CONTENT_DIR,
  XSS_SITE,
  FRONT_MATTER_CATEGORY,
  type FrontMatterVector,
  type XssPost,
} from "../helpers/xss-site";

// Every vector of tests/fixtures/xss becomes a post of its own site (.next-test-xss); each
// article is opened in Chromium with alert/confirm/prompt/print hooked, CSP violations and
// every request recorded, the usual interaction events fired, and the DOM the browser built
// from the article body checked against the allowlist.

let server: RunningServer;
let posts: XssPost[];
let context: BrowserContext;

/** One browser tab and what happened in it during the current visit. */
type Tab = { page: Page; dialogs: string[]; requests: string[]; consoleErrors: string[] };
// Two tabs take turns with the articles: on two cores, one tab waits on the server while the
// other runs its checks.
const tabs: Tab[] = [];

const policy: InspectOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: ALLOWED_ATTRIBUTES,
  generated: {
    // The scroll box around each table.
    div: { class: "^table-scroll$", role: "^region$", "aria-label": "^표", tabindex: "^0$" },
    // Section ids from heading text: letters, digits and hyphens, never a bare identifier
    // (`config`, `__next_f`) that would shadow a global; `section` is the fallback.
    h2: { id: "^(?:section|(?=.*[^a-z0-9_$])[\\p{L}\\p{M}\\p{N}-]+)$" },
  },
};

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  // A cold build of ~800 articles on a busy 2-core machine; later runs reuse it.
  test.setTimeout(15 * 60_000);
  posts = writeXssContent(XSS_CONTENT_DIR);
  buildXssSite();
  server = await startServer(XSS_SITE);

  // Every request to another host goes to a proxy port nobody listens on, so it fails at
  // once and the run never waits for the network; the listeners below record it first. (A
  // `route("**/*")` handler would do the same but turns off the browser cache: measured 2.5×
  // slower per page here, as every article reloads all of Next's chunks through it.)
  const deadPort = await freePort();
  context = await browser.newContext({
    baseURL: server.url,
    proxy: { server: `http://127.0.0.1:${deadPort}`, bypass: "127.0.0.1" },
  });
  await context.addInitScript(installHooks);
  const origin = new URL(server.url).origin;
  for (let i = 0; i < 2; i++) {
    const tab: Tab = {
      page: await context.newPage(),
      dialogs: [],
      requests: [],
      consoleErrors: [],
    };
    tab.page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === origin) return;
      // Remote images over http(s) are the one thing an article may load from elsewhere.
      const remoteImage =
        request.resourceType() === "image" &&
        (url.protocol === "http:" || url.protocol === "https:") &&
        url.hostname !== "xss.invalid";
      if (!remoteImage) tab.requests.push(`${request.resourceType()} ${request.url()}`);
    });
    tab.page.on("dialog", (dialog) => {
      tab.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    tab.page.on("console", (message) => {
      if (message.type() === "error") tab.consoleErrors.push(message.text());
    });
    tabs.push(tab);
  }
});

test.afterAll(async () => {
  await context?.close();
  await server?.stop();
});

type ProbeResult = { problems: string[]; consoleErrors: number };

/** Opens one page as a reader would, pokes it, and returns everything that went wrong. */
async function probe(
  tab: Tab,
  urlPath: string,
  options: InspectOptions = policy,
): Promise<ProbeResult> {
  tab.dialogs = [];
  tab.requests = [];
  tab.consoleErrors = [];
  const { page } = tab;
  const problems: string[] = [];
  const url = `${server.url}${urlPath}`;
  try {
    const response = await page.goto(url, { waitUntil: "load", timeout: 20_000 });
    if (response?.status() !== 200) problems.push(`HTTP ${response?.status()}`);
    // Deferred handlers (timers, autofocus, lazy images) get a moment to fire.
    await page.waitForTimeout(50);
    await page.evaluate(fireEvents);
    await page.waitForTimeout(20);
    problems.push(...(await page.evaluate(inspectPage, options)));
    if (page.url() !== url) problems.push(`navigated to ${page.url()}`);
  } catch (error) {
    // A page that navigates itself away destroys the context we were inspecting.
    problems.push(`page did not stay put: ${String(error).split("\n")[0]}`);
  }
  problems.push(...tab.dialogs.map((dialog) => `dialog ${dialog}`));
  problems.push(...tab.requests.map((request) => `request ${request}`));
  return { problems, consoleErrors: tab.consoleErrors.length };
}

/** Probes every job in the two tabs; returns problems as `label: problem`. */
async function probeAll(
  jobs: Array<{ label: string; path: string; options?: InspectOptions }>,
): Promise<{ failures: string[]; consoleErrors: number }> {
  const queue = [...jobs];
  const failures: string[] = [];
  let consoleErrors = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const result = await probe(tab, job.path, job.options);
        consoleErrors += result.consoleErrors;
        for (const problem of result.problems) failures.push(`${job.label}: ${problem}`);
      }
    }),
  );
  return { failures: failures.sort(), consoleErrors };
}

const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;

test("the content check loads every vector post and reports only dead references as errors", () => {
  // `npm run content:check -- --json`, as an editor runs it, on the generated folder.
  const run = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts", "check-content.ts"), "--json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ...XSS_SITE.env, NEXT_DIST_DIR: XSS_SITE.distDir },
    },
  );
  const report = JSON.parse(run.stdout) as {
    posts: number;
    problems: Array<{ file: string; severity: string; message: string }>;
  };
  expect(report.posts).toBe(posts.length);
  // The corpus points images and links at paths that do not exist; nothing else is an error.
  const errors = report.problems.filter((p) => p.severity === "error");
  for (const error of errors) {
    expect(error.message).toMatch(/^(image \S+ is not in public\/|link to \/articles\/)/);
  }
  expect(run.status).toBe(errors.length > 0 ? 1 : 0);
  // One warning line per post that lost markup, naming what went.
  const removals = new Map(
    report.problems
      .filter((p) => p.message.startsWith("sanitizer removed "))
      .map((p) => [p.file, p.message]),
  );
  expect(removals.get("body/script-basic.html")).toBe(
    "sanitizer removed <script> with its content ×1",
  );
  expect(removals.get("body/a-href-leading-nbsp-entity.html")).toBe(
    "sanitizer removed href javascript: on <a> ×1",
  );
  expect(removals.get("body/img-src-javascript.html")).toBe(
    "sanitizer removed src javascript: on <img> ×1",
  );
  // Text that only looks like markup loses nothing and gets no warning.
  expect(removals.has("body/html-entity-encoded-script-text.html")).toBe(false);
});

test("no body vector runs code, opens a dialog or reaches another host", async () => {
  const bodyPosts = posts.filter((post) => post.kind === "body");
  test.setTimeout(Math.max(120_000, bodyPosts.length * 1_000));
  const { failures, consoleErrors } = await probeAll(
    bodyPosts.map((post) => ({
      label: `${post.slug} (${post.format})`,
      path: articlePath(post.slug),
    })),
  );
  const executed = new Set(failures.map((failure) => failure.split(":")[0])).size;
  const markdown = bodyPosts.filter((post) => post.format === "markdown").length;
  console.log(
    `${bodyPosts.length} vectors, ${executed} executed ` +
      `(${bodyPosts.length - markdown} as HTML posts, ${markdown} also as Markdown); ` +
      `${consoleErrors} console errors (missing images, refused remote images)`,
  );
  expect(failures).toEqual([]);
});

const rgb = (css: string) => (css.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
const isRed = ([r = 0, g = 0, b = 0]: number[]) => r > 150 && g < 90 && b < 90;

test("editorial formatting comes through with its meaning; hostile styles go, text stays", async () => {
  const { problems } = await probe(tabs[0]!, articlePath(EDITORIAL_SLUG));
  expect(problems).toEqual([]);
  const body = tabs[0]!.page.locator(".article-body");

  // The editor's colour stays in the HTML; the theme may deepen #ee2323 for contrast
  // (app/globals.css), so on screen it must still read as red.
  const red = body.getByText("빨간 강조", { exact: true });
  await expect(red).toHaveAttribute("style", "color:#ee2323");
  const shownRed = await red.evaluate((element) => getComputedStyle(element).color);
  expect(isRed(rgb(shownRed)), `"빨간 강조" is shown in ${shownRed}`).toBe(true);
  await expect(body.getByText("배경 강조", { exact: true })).toHaveCSS(
    "background-color",
    "rgba(33, 83, 133, 0.153)",
  );
  const blue = body.getByText("파란 굵은 글", { exact: true });
  await expect(blue).toHaveCSS("color", "rgb(26, 84, 144)");
  await expect(body.locator("b").filter({ hasText: "파란 굵은 글" })).toHaveCount(1);

  await expect(body.getByRole("heading", { level: 2, name: "야간 개관의 배경" })).toBeVisible();
  await expect(body.getByRole("heading", { level: 3, name: "작은 제목" })).toBeVisible();

  const table = body.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["구분", "내용"]);
  await expect(table.getByRole("columnheader").first()).toHaveCSS("text-align", "center");
  await expect(table.getByRole("cell")).toHaveText(["운영 시간", "오전 9시 ~ 오후 10시"]);

  const image = body.getByRole("img", { name: "도서관 전경" });
  await expect(image).toHaveAttribute("src", "https://images.example.com/library.jpg");

  const external = body.getByRole("link", { name: "외부 보고서" });
  await expect(external).toHaveAttribute("href", "https://news.example.org/report");
  await expect(external).toHaveAttribute("rel", "noopener noreferrer");
  await expect(body.getByRole("link", { name: "내부 기사" })).toHaveAttribute(
    "href",
    "/articles/script-basic",
  );

  // position:fixed, url() and expression() are gone; the words and the allowed colours stay.
  const pinned = body.getByText("고정되면 안 되는 글", { exact: true });
  await expect(pinned).toHaveCSS("position", "static");
  await expect(pinned).toHaveAttribute("style", "color:#ee2323");
  const noBackground = body.getByText("배경 그림 없는 글", { exact: true });
  await expect(noBackground).toHaveCSS("background-image", "none");
  await expect(noBackground).toHaveCSS("color", "rgb(26, 84, 144)");
  await expect(body.getByText("표현식 없는 글", { exact: true })).toBeVisible();
});

const shown = (vector: FrontMatterVector) => vector.value.normalize("NFC").trim();

/** Where each front-matter field must show up on its article, exactly as written. */
function articleExpectations(vector: FrontMatterVector): Partial<InspectOptions> {
  const value = shown(vector);
  type Expect = NonNullable<InspectOptions["expectText"]>[number];
  const meta = (where: string, selector: string): Expect => ({
    where,
    selector,
    attribute: "content",
    value,
    mode: "equals",
  });
  switch (vector.field) {
    case "title":
      return {
        expectText: [
          { where: "headline", selector: "h1", value, mode: "equals" },
          { where: "<title>", selector: "title", value: `${value} | 테스트뉴스`, mode: "equals" },
          meta("og:title", 'meta[property="og:title"]'),
        ],
        // A `</script>` in the title must not end the JSON-LD script element.
        jsonLdStrings: [value],
      };
    case "excerpt":
      return {
        expectText: [
          meta("description", 'meta[name="description"]'),
          meta("og:description", 'meta[property="og:description"]'),
          { where: "dek", selector: "article header p", value, mode: "equals" },
        ],
      };
    case "feature_text":
      return {
        expectText: [{ where: "dek", selector: "article header p", value, mode: "equals" }],
      };
    case "author":
      return {
        expectText: [{ where: "byline", selector: "article header", value, mode: "contains" }],
      };
    case "tags":
      return {
        expectText: [
          { where: "tag list", selector: "article li", value: `#${value}`, mode: "equals" },
        ],
      };
    case "categories":
      return {
        expectText: [
          { where: "category link", selector: "article header a", value, mode: "equals" },
        ],
      };
  }
}

test("front-matter vectors are shown as text on the article, list and category pages", async () => {
  test.setTimeout(5 * 60_000);
  const frontMatterPosts = posts.flatMap((post) => (post.kind === "front-matter" ? [post] : []));
  const jobs: Array<{ label: string; path: string; options?: InspectOptions }> =
    frontMatterPosts.map((post) => ({
      label: post.slug,
      path: articlePath(post.slug),
      options: { ...policy, ...articleExpectations(post.vector) },
    }));

  // Titles and excerpts are listed on their category page; the front page and every other
  // category page (the navigation carries the hostile category names) must stay inert too.
  jobs.push({
    label: "front-matter category",
    path: `/category/${FRONT_MATTER_CATEGORY}`,
    options: {
      ...policy,
      expectText: frontMatterPosts.flatMap(({ vector }) =>
        vector.field === "title" || vector.field === "excerpt"
          ? [
              {
                where: vector.id,
                selector: "main",
                value: shown(vector),
                mode: "contains" as const,
              },
            ]
          : [],
      ),
    },
  });
  jobs.push({ label: "front page", path: "/" });
  const page = tabs[0]!.page;
  await page.goto(server.url);
  const categoryPaths = await page.$$eval('a[href^="/category/"]', (links) => [
    ...new Set(links.map((link) => link.getAttribute("href") ?? "")),
  ]);
  expect(categoryPaths.length).toBeGreaterThan(3);
  // The body vectors' excerpts (plain text of the sanitized bodies) fill the xss category.
  const perPage = Number(XSS_SITE.env.POSTS_PER_PAGE);
  const bodyCount = posts.filter((post) => post.kind === "body").length;
  for (let n = 2; n <= Math.ceil(bodyCount / perPage); n++) {
    categoryPaths.push(`/category/${XSS_CATEGORY}/page/${n}`);
  }
  for (const categoryPath of categoryPaths) jobs.push({ label: categoryPath, path: categoryPath });

  const { failures } = await probeAll(jobs);
  console.log(
    `${frontMatterPosts.length} front-matter vectors: ${jobs.length} pages (articles, front page, ` +
      `${categoryPaths.length} category pages), ${failures.length} problems`,
  );
  expect(failures).toEqual([]);
});

/** Every text and attribute value of a parsed XML or JSON document, and every element name. */
function collect(node: unknown, texts: Set<string>, names: Set<string>) {
  if (typeof node === "string") texts.add(node);
  else if (Array.isArray(node)) for (const item of node) collect(item, texts, names);
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      names.add(key.replace(/^@_/, "@").toLowerCase());
      collect(value, texts, names);
    }
  }
}

// Atom's `type="html"` text is HTML: a reader shows it decoded once.
const decodeHtml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, "&");
// XML 1.0 cannot carry these at all, the feeds drop them; line separators may become spaces.
const xmlText = (text: string) =>
  text.replace(/[\s\u2028\u2029]+/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

test("front-matter vectors stay text in the feeds and sitemaps", async () => {
  const get = async (urlPath: string) => {
    const response = await fetch(`${server.url}${urlPath}`);
    expect(response.status, urlPath).toBe(200);
    return response.text();
  };
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
  });
  const readXml = (urlPath: string, xml: string) => {
    expect(XMLValidator.validate(xml), `${urlPath} is not well-formed XML`).toBe(true);
    const texts = new Set<string>();
    const names = new Set<string>();
    collect(parser.parse(xml), texts, names);
    // A CDATA or markup breakout would have made an element of the payload.
    for (const name of ["script", "img", "svg", "iframe", "style"]) {
      expect(names.has(name), `<${name}> element in ${urlPath}`).toBe(false);
    }
    return texts;
  };

  // RSS descriptions and Atom `type="html"` text are HTML: a reader decodes them once more.
  const withDecoded = (texts: Set<string>) =>
    new Set([...texts].flatMap((text) => [text, decodeHtml(text)].map(xmlText)));
  const rss = withDecoded(readXml("/feed.xml", await get("/feed.xml")));
  const atom = withDecoded(readXml("/atom.xml", await get("/atom.xml")));
  const jsonTexts = new Set<string>();
  collect(JSON.parse(await get("/feed.json")) as unknown, jsonTexts, new Set());
  for (const urlPath of ["/sitemap.xml", "/news-sitemap.xml"]) readXml(urlPath, await get(urlPath));

  const page = tabs[0]!.page;
  await page.goto(server.url);
  const categoryPaths = await page.$$eval('a[href^="/category/"]', (links) => [
    ...new Set(links.map((link) => link.getAttribute("href") ?? "")),
  ]);
  for (const categoryPath of categoryPaths) {
    readXml(`${categoryPath}/feed.xml`, await get(`${categoryPath}/feed.xml`));
  }

  const missing: string[] = [];
  for (const post of posts) {
    if (post.kind !== "front-matter") continue;
    const { field, id } = post.vector;
    if (field !== "title" && field !== "excerpt" && field !== "categories") continue;
    const value = shown(post.vector);
    if (!rss.has(xmlText(value))) missing.push(`RSS ${field} of ${id}`);
    // Atom names categories by slug (`term`); the label is left out when it holds a `<`.
    if (field !== "categories" && !atom.has(xmlText(value))) missing.push(`Atom ${field} of ${id}`);
    if (!jsonTexts.has(value)) missing.push(`JSON Feed ${field} of ${id}`);
  }
  expect(missing).toEqual([]);
});
