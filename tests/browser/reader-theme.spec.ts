import { expect, test } from "@playwright/test";

const DARK_PAPER = "rgb(18, 18, 18)";
const LIGHT_PAPER = "rgb(255, 255, 255)";

test.describe("dark mode", () => {
  test("follows the system setting when the reader has not chosen", async ({ browser }) => {
    for (const [colorScheme, paper] of [
      ["dark", DARK_PAPER],
      ["light", LIGHT_PAPER],
    ] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(process.env.TEST_BASE_URL + "/");
      await expect(page.locator("body")).toHaveCSS("background-color", paper);
      await context.close();
    }
  });

  test("follows the system setting without JavaScript, and hides the switch", async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "dark", javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + "/articles/seed-style-article");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAPER);
    await expect(page.getByRole("button", { name: "어두운 화면" })).toHaveCount(0);
    await context.close();
  });

  test("a saved choice is applied before the page is first painted", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    // Before any of the page's own scripts: the saved choice, and a watcher that records
    // <html>'s classes at the moment <body> is created, before anything can be painted.
    await context.addInitScript(() => {
      localStorage.setItem("theme", "dark");
      const record = window as Window & { __classesAtBody?: string };
      const observer = new MutationObserver(() => {
        if (document.body && record.__classesAtBody === undefined) {
          record.__classesAtBody = document.documentElement.className;
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + "/");
    const atBody = await page.evaluate(
      () => (window as Window & { __classesAtBody?: string }).__classesAtBody,
    );
    expect(atBody?.split(/\s+/)).toContain("dark");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAPER);
    await context.close();
  });

  test("the switch changes the theme, remembers it, and can go back to the system", async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + "/");
    const toggle = page.getByRole("button", { name: "어두운 화면" });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAPER);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBe("dark");

    await page.reload();
    await expect(page.locator("body")).toHaveCSS("background-color", DARK_PAPER);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

    // Choosing the system's own theme again means "follow the system".
    await toggle.click();
    await expect(page.locator("body")).toHaveCSS("background-color", LIGHT_PAPER);
    expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
    await context.close();
  });

  test("the editor's red and blue stay coloured and readable in dark mode", async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: "dark" });
    const page = await context.newPage();
    await page.goto(process.env.TEST_BASE_URL + "/articles/seed-style-article");
    const red = page.locator(".article-body span", { hasText: "이번 조치는" }).first();
    const blue = page.locator(".article-body span", { hasText: "디지털 자료실" });
    // Lighter tints of the same hues: the contrast itself is checked by the axe tests.
    await expect(red).toHaveCSS("color", "rgb(255, 138, 138)");
    await expect(blue).toHaveCSS("color", "rgb(140, 180, 255)");
    await context.close();
  });
});

test("pages hydrate without errors in either theme", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    for (const path of ["/", "/articles/defense-ministers-talks", "/search?q=%EA%B5%AD%EB%B0%A9"]) {
      await page.goto(process.env.TEST_BASE_URL + path);
      await page.waitForLoadState("networkidle");
      // Hydrated: the switch reflects the theme.
      await expect(page.getByRole("button", { name: "어두운 화면" })).toHaveAttribute(
        "aria-pressed",
        String(colorScheme === "dark"),
      );
    }
    // Remote sample pictures that do not resolve are not page errors.
    expect(errors.filter((text) => !/Failed to load resource/.test(text))).toEqual([]);
    await context.close();
  }
});
