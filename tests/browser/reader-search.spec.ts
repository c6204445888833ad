import { expect, test } from "@playwright/test";

const searchUrl = (q: string, page?: number) =>
  `/search?q=${encodeURIComponent(q)}${page ? `&page=${page}` : ""}`;

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the header's search box finds a compound word from its first part", async ({ page }) => {
    await page.goto("/");
    const box = page.getByRole("search").getByRole("searchbox", { name: "검색어" });
    await box.fill("국방");
    await box.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent("국방")}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("검색 결과");
    const results = page.getByRole("main").getByRole("listitem");
    // `국방교류` (Korean-slug post) and `국방장관` (the long article) both match `국방`.
    await expect(results.getByRole("link", { name: "한글 주소 기사" })).toBeVisible();
    await expect(results.getByRole("link", { name: /한일 국방장관 회담/ })).toBeVisible();
    const item = results.filter({ hasText: "한글 주소 기사" });
    await expect(item.locator("mark").first()).toHaveText("국방");
    await expect(item).toContainText("국방교류라는 낱말이 들어 있습니다");
  });

  test("a word inside the text finds the article, with the match highlighted", async ({ page }) => {
    await page.goto(searchUrl("자위대"));
    const items = page.getByRole("main").getByRole("listitem");
    await expect(items).toHaveCount(1);
    await expect(items.getByRole("link")).toContainText("자위대와 수색·구조 훈련");
    await expect(items.locator("p mark").first()).toHaveText("자위대");
    await expect(page.getByRole("status")).toHaveText("‘자위대’ 검색 결과 1건");
  });

  test("a particle after the noun and the tail of a compound still match", async ({ page }) => {
    await page.goto(searchUrl("자위대가"));
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(1);
    await page.goto(searchUrl("교류"));
    await expect(
      page.getByRole("main").getByRole("link", { name: "한글 주소 기사" }),
    ).toBeVisible();
  });

  test("ranks by relevance, then newest first, ten to a page", async ({ page }) => {
    await page.goto(searchUrl("브리핑"));
    await expect(page.getByRole("status")).toContainText("12건");
    const titles = page.getByRole("main").getByRole("listitem").getByRole("heading");
    await expect(titles).toHaveCount(10);
    // Twelve equally relevant briefings: the newest first.
    await expect(titles.first()).toHaveText("오늘의 브리핑 12호");
    await expect(titles.nth(1)).toHaveText("오늘의 브리핑 11호");
    await page
      .getByRole("navigation", { name: "검색 결과 페이지" })
      .getByRole("link", { name: "다음 →" })
      .click();
    await expect(page).toHaveURL(searchUrl("브리핑", 2));
    await expect(titles).toHaveText(["오늘의 브리핑 02호", "오늘의 브리핑 01호"]);
  });

  test("a headline and tag match outranks a passing mention in the body", async ({ page }) => {
    await page.goto(searchUrl("국방"));
    const links = page.getByRole("main").getByRole("listitem").getByRole("heading");
    await expect(links.first()).toContainText("한일 국방장관 회담");
    await expect(links.nth(1)).toHaveText("한글 주소 기사");
  });

  test("says so when nothing matches, and never shows drafts or scheduled posts", async ({
    page,
  }) => {
    await page.goto(searchUrl("없는낱말"));
    await expect(page.getByText("‘없는낱말’에 맞는 기사를 찾지 못했습니다.")).toBeVisible();
    await page.goto(searchUrl("예약된 미래 기사"));
    await expect(page.getByRole("main").getByRole("listitem").getByRole("link")).toHaveCount(0);
    await page.goto(searchUrl("초안"));
    await expect(page.getByRole("main")).not.toContainText("아직 쓰고 있는 초안");
  });

  test("result pages ask search engines not to index them", async ({ page }) => {
    await page.goto(searchUrl("국방"));
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  });

  test("a query is shown as text, never as markup", async ({ page }) => {
    await page.goto(searchUrl('<img src=x onerror="alert(1)">국방'));
    await expect(page.locator("main img[src='x']")).toHaveCount(0);
    await expect(page.getByRole("searchbox", { name: "검색어" }).last()).toHaveValue(
      '<img src=x onerror="alert(1)">국방',
    );
  });
});
