import { expect, test } from "@playwright/test";

const LONG = "/articles/defense-ministers-talks";

test.describe("article page", () => {
  test("header: section link, headline, dek, Seoul times, reading time, picture", async ({
    page,
  }) => {
    await page.goto(LONG);
    const header = page.getByRole("main").locator("header").first();
    await expect(header.getByRole("link", { name: "정치" })).toHaveAttribute(
      "href",
      `/category/${encodeURIComponent("정치")}`,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "한일 국방장관 회담… 자위대와 수색·구조 훈련 정례화 합의",
    );
    await expect(header).toContainText("두 나라 국방장관이 해상 수색·구조 훈련을 정례화하고");
    await expect(header.locator("time").first()).toHaveAttribute(
      "datetime",
      "2026-09-29T14:00:00+09:00",
    );
    await expect(header.locator("time").first()).toHaveText("2026년 9월 29일 14:00");
    await expect(header.locator("time").nth(1)).toHaveText("2026년 9월 30일 09:15");
    await expect(header).toContainText("입력 2026년 9월 29일 14:00");
    await expect(header).toContainText("수정 2026년 9월 30일 09:15");
    await expect(header).toContainText(/\d+분 읽기/);
    await expect(
      page.getByRole("img", { name: "회담장에 들어서는 두 나라 국방장관" }),
    ).toBeVisible();
  });

  test("the table of contents lists the sections and jumps to them", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(LONG);
    const toc = page.getByRole("navigation", { name: "목차" });
    await expect(toc.getByRole("link")).toHaveText([
      "도쿄에서 열린 회담",
      "훈련은 어떻게 열리나",
      "핫라인도 넓힌다",
      "남은 과제",
    ]);
    await toc.getByRole("link", { name: "남은 과제" }).click();
    await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent("남은-과제")}$`));
    await expect(page.getByRole("heading", { level: 2, name: "남은 과제" })).toBeInViewport();
  });

  test("an opening picture is fetched first and has its frame before it arrives", async ({
    page,
  }) => {
    // Never answered: the text below it must already be where it will stay.
    await page.route("https://images.example.com/**", () => {});
    await page.goto("/articles/seed-style-article", { waitUntil: "domcontentloaded" });
    await expect(page.locator('link[rel="preload"][as="image"]')).toHaveAttribute(
      "href",
      "https://images.example.com/library.jpg",
    );
    const box = await page.getByRole("img", { name: "야간 도서관 열람실" }).boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(Math.abs(box!.height - (box!.width * 9) / 16)).toBeLessThan(2);
  });

  test("a short article has no table of contents", async ({ page }) => {
    await page.goto("/articles/markdown-post");
    await expect(page.getByRole("navigation", { name: "목차" })).toHaveCount(0);
    await expect(page.locator("summary", { hasText: "목차" })).toHaveCount(0);
  });

  test("tags lead to a search for the tag", async ({ page }) => {
    await page.goto(LONG);
    await page.getByRole("link", { name: "#외교" }).click();
    await expect(page).toHaveURL(`/search?q=${encodeURIComponent("외교")}`);
    await expect(
      page.getByRole("main").getByRole("link", { name: "한글 주소 기사" }),
    ).toBeVisible();
  });

  test("related articles share a tag or section; previous and next stay in the section", async ({
    page,
  }) => {
    await page.goto(LONG);
    const related = page.getByRole("region", { name: "관련 기사" });
    // Shares the tag 외교 with the Korean-slug post, and nothing with the others.
    await expect(related.getByRole("heading", { level: 3 })).toHaveText(["한글 주소 기사"]);

    await page.goto("/articles/briefing-10");
    const neighbours = page.getByRole("navigation", { name: "News 이전·다음 기사" });
    await expect(neighbours.getByRole("link", { name: /이전 기사/ })).toHaveAttribute(
      "href",
      "/articles/briefing-08",
    );
    await expect(neighbours.getByRole("link", { name: /다음 기사/ })).toHaveAttribute(
      "href",
      "/articles/briefing-12",
    );
    await expect(
      page.getByRole("region", { name: "관련 기사" }).getByRole("heading", { level: 3 }).first(),
    ).toHaveText("지역 도서관 야간 개관 확대 소식!");
  });

  test("share links are plain links; the page loads no third-party script", async ({ page }) => {
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(process.env.TEST_BASE_URL!)) foreign.push(request.url());
    });
    await page.goto(LONG);
    const share = page.getByRole("region", { name: "기사 공유하기" });
    const url = encodeURIComponent("https://news.example.kr/articles/defense-ministers-talks");
    await expect(share.getByRole("link", { name: /페이스북/ })).toHaveAttribute(
      "href",
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    );
    await expect(share.getByRole("link", { name: /네이버/ })).toHaveAttribute(
      "href",
      new RegExp(`url=${url}`),
    );
    await expect(share.getByRole("link", { name: "이메일" })).toHaveAttribute(
      "href",
      /^mailto:\?subject=/,
    );
    await page.waitForLoadState("networkidle");
    expect(foreign.filter((u) => !/\.(jpe?g|png|webp|gif)(\?|$)/.test(u))).toEqual([]);
  });

  test("copy link copies the address with JavaScript and is the address without", async ({
    browser,
  }) => {
    const context = await browser.newContext({
      permissions: ["clipboard-read", "clipboard-write"],
    });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + LONG);
    const copy = page.getByRole("link", { name: "링크 복사" });
    await expect(copy).toHaveAttribute(
      "href",
      "https://news.example.kr/articles/defense-ministers-talks",
    );
    await copy.click();
    await expect(page.getByRole("link", { name: "복사했습니다" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "https://news.example.kr/articles/defense-ministers-talks",
    );
    await expect(page).toHaveURL(new RegExp(`${LONG}$`));
    await context.close();
  });

  test("prints the article alone, with link addresses written out", async ({ page }) => {
    await page.goto(LONG);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("region", { name: "기사 공유하기" })).toBeHidden();
    await expect(page.getByRole("region", { name: "관련 기사" })).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".article-body")).toBeVisible();
    const link = page.locator(".article-body a", { hasText: "국방부 누리집" });
    const after = await link.evaluate((el) => getComputedStyle(el, "::after").content);
    expect(after).toContain("https://www.mnd.go.kr");
    // Print is always black on white, whatever the screen theme.
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  });
});
