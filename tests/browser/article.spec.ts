import { expect, test } from "@playwright/test";

test.describe("reading an article", () => {
  test("shows the headline, the editor's highlights in colour and the table", async ({ page }) => {
    const response = await page.goto("/articles/seed-style-article");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "지역 도서관 야간 개관 확대 소식!",
    );

    const red = page.locator(".article-body span", { hasText: "이번 조치는" }).first();
    // The editor's #ee2323, deepened to pass contrast on white (app/globals.css).
    await expect(red).toHaveCSS("color", "rgb(196, 30, 30)");
    const blue = page.locator(".article-body span", { hasText: "디지털 자료실" });
    await expect(blue).toHaveCSS("color", "rgb(26, 84, 144)");
    const background = page.locator(".article-body").getByText("평생 학습 환경", { exact: true });
    await expect(background).toHaveCSS("background-color", "rgba(33, 83, 133, 0.153)");

    const table = page.locator(".article-body table");
    await expect(table).toBeVisible();
    await expect(table.locator("th").first()).toHaveText("구분");
    await expect(table.locator("td").nth(1)).toHaveText("오전 9시 ~ 오후 10시");

    await page.screenshot({ path: "tests/artifacts/article.png", fullPage: true });
  });

  test("reads without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/articles/markdown-post");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("마크다운으로 쓴 기사");
    await expect(page.locator(".article-body td").first()).toHaveText("속도");
    await context.close();
  });
});

test.describe("Korean addresses", () => {
  test("a Korean slug loads directly", async ({ page }) => {
    const response = await page.goto(`/articles/${encodeURIComponent("한글-주소-기사")}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("한글 주소 기사");
  });

  test("in-browser navigation reaches a Korean category and a Korean slug", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "분야" })
      .getByRole("link", { name: "국제 뉴스" })
      .click();
    await expect(page).toHaveURL(/\/category\/%EA%B5%AD%EC%A0%9C-%EB%89%B4%EC%8A%A4$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("국제 뉴스");
    await page.getByRole("link", { name: "한글 주소 기사" }).click();
    await expect(page).toHaveURL(/\/articles\/%ED%95%9C/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("한글 주소 기사");
  });

  test("pagination links move through the front page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "다음 →" }).click();
    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("2쪽");
    await page.getByRole("link", { name: "← 이전" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
