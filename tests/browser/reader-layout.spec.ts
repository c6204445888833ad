import { expect, test, type Page } from "@playwright/test";

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const path of [
    "/",
    "/page/2",
    "/articles/seed-style-article",
    "/articles/defense-ministers-talks",
    "/category/news",
    `/search?q=${encodeURIComponent("국방")}`,
  ]) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }

  test("a wide table scrolls inside its own box, and the keyboard can reach it", async ({
    page,
  }) => {
    await page.goto("/articles/defense-ministers-talks");
    const box = page.getByRole("region", { name: "표" });
    await expect(box).toBeVisible();
    const { scrollWidth, clientWidth } = await box.evaluate((el) => ({
      scrollWidth: el.scrollWidth,
      clientWidth: el.clientWidth,
    }));
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await box.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("the section menu folds into a menu that opens without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + "/");
    const sections = page.getByRole("navigation", { name: "분야" });
    // Folded: no section link shows until the reader opens the menu.
    await expect(sections).toHaveCount(0);
    await page.locator("summary", { hasText: "메뉴" }).click();
    await expect(sections).toBeVisible();
    await sections.getByRole("link", { name: "경제" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("경제");
    await context.close();
  });

  test("Korean text breaks between words, not inside them", async ({ page }) => {
    await page.goto("/articles/defense-ministers-talks");
    await expect(page.locator("body")).toHaveCSS("word-break", "keep-all");
    await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("word-break", "keep-all");
  });
});

test.describe("front page", () => {
  test("shows a lead story, a grid of top stories, a section per category and paging", async ({
    page,
  }) => {
    await page.goto("/");
    const top = page.getByRole("region", { name: "주요 뉴스" });
    // Five to a page on the fixture site: the lead and four top stories.
    await expect(top.getByRole("article")).toHaveCount(5);
    const headlines = top.getByRole("heading", { level: 3 });
    await expect(headlines.first()).toHaveText("지역 도서관 야간 개관 확대 소식!");
    // The lead headline is set larger than the grid's.
    const size = async (index: number) =>
      parseFloat(await headlines.nth(index).evaluate((el) => getComputedStyle(el).fontSize));
    expect(await size(0)).toBeGreaterThan((await size(1)) * 1.3);

    for (const name of ["News", "경제", "정치"]) {
      const section = page.getByRole("region", { name, exact: true });
      await expect(section.getByRole("heading", { level: 2 })).toHaveText(name);
      await expect(section.getByRole("article").first()).toBeVisible();
    }
    // The lead and top stories are not repeated in the sections.
    await expect(page.getByRole("link", { name: "지역 도서관 야간 개관 확대 소식!" })).toHaveCount(
      1,
    );

    await page
      .getByRole("navigation", { name: "최신 기사 페이지" })
      .getByRole("link", { name: "다음 →" })
      .click();
    await expect(page).toHaveURL(/\/page\/2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("최신 뉴스 (2쪽)");
  });

  test("on a wide screen the top stories sit in a grid of two columns", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/");
    const cards = page.getByRole("region", { name: "주요 뉴스" }).getByRole("listitem");
    const [first, second] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(first && second && Math.abs(first.y - second.y)).toBeLessThan(2);
    expect(first && second && second.x - first.x).toBeGreaterThan(200);
  });
});

test("a category page's lead story keeps its text beside the picture, not squeezed", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // A picture that fails to load shows its alt text, which must not take the text's room.
  await page.route("**/images/satellite-launch.jpg", (route) => route.abort());
  await page.goto(`/category/${encodeURIComponent("정치")}`);
  const lead = page.getByRole("main").getByRole("article").first();
  const headlineBox = await lead.getByRole("heading", { level: 2 }).boundingBox();
  const leadBox = await lead.boundingBox();
  expect(headlineBox!.width).toBeGreaterThan(leadBox!.width * 0.3);
  expect(headlineBox!.y + headlineBox!.height).toBeLessThanOrEqual(leadBox!.y + leadBox!.height);
});

test("with JavaScript, the phone menu closes when a section is chosen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  await page.locator("summary", { hasText: "메뉴" }).click();
  await page.getByRole("navigation", { name: "분야" }).getByRole("link", { name: "경제" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("경제");
  await expect(page.getByRole("navigation", { name: "분야" })).toHaveCount(0);
});

test("Korean text is set in the self-hosted Pretendard, regular and bold", async ({ page }) => {
  const fontRequests: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fontRequests.push(request.url());
  });
  await page.goto("/articles/defense-ministers-talks");
  await page.evaluate(() => document.fonts.ready);
  const faces = await page.evaluate(() =>
    [...document.fonts]
      .filter((face) => face.status === "loaded" && /pretendard/i.test(face.family))
      .map((face) => face.weight),
  );
  expect(new Set(faces)).toEqual(new Set(["400", "700"]));
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(url.startsWith(process.env.TEST_BASE_URL!)).toBe(true);
  // The headline's first choice is that face, not a system font.
  const family = await page
    .getByRole("heading", { level: 1 })
    .evaluate((el) => getComputedStyle(el).fontFamily.split(",")[0]!);
  expect(family).toMatch(/pretendard/i);
});
