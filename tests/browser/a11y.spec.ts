import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Every kind of page a reader meets, including an article with the editor's colour
// highlights, a wide table and a table of contents.
const PAGES = [
  { name: "home", path: "/" },
  { name: "later page", path: "/page/2" },
  { name: "article with highlights", path: "/articles/seed-style-article" },
  { name: "long article", path: "/articles/defense-ministers-talks" },
  { name: "category", path: "/category/news" },
  { name: "search results", path: `/search?q=${encodeURIComponent("국방")}` },
  { name: "search without results", path: `/search?q=${encodeURIComponent("없는낱말")}` },
  { name: "not found", path: "/articles/no-such-article" },
];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  // Readable failures: rule, and where.
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    targets: v.nodes.map((node) => node.target.join(" ")).slice(0, 5),
  }));
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const { name, path } of PAGES) {
      test(`${name} has no violations`, async ({ page }) => {
        await page.goto(path);
        // The head script followed the system setting.
        await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${colorScheme}\\b`));
        expect(await violations(page)).toEqual([]);
      });
    }

    test.describe("on a 360 px phone", () => {
      test.use({ viewport: { width: 360, height: 740 } });
      for (const { name, path } of PAGES.filter((p) =>
        ["home", "long article", "search results"].includes(p.name),
      )) {
        test(`${name} has no violations`, async ({ page }) => {
          await page.goto(path);
          expect(await violations(page)).toEqual([]);
        });
      }
    });

    test("the open phone menu has no violations", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto("/articles/defense-ministers-talks");
      await page.locator("summary", { hasText: "메뉴" }).click();
      await page.locator("summary", { hasText: "목차" }).click();
      await expect(page.getByRole("navigation", { name: "목차" })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
}

test("every page has one h1, a skip link to main, and landmarks", async ({ page }) => {
  for (const { path } of PAGES) {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expect(page.getByRole("banner")).toHaveCount(1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await expect(page.getByRole("contentinfo")).toHaveCount(1);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "본문 바로가기" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await skip.press("Enter");
    await expect(page).toHaveURL(/#main$/);
  }
});

test("keyboard focus is visible", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe("solid");
  expect(outline.width).toBeGreaterThanOrEqual(2);
});
