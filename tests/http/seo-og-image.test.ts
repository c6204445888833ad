import { PNG } from "pngjs";
import { describe, expect, inject, it } from "vitest";
import { fetchOk, meta, sitePath } from "./seo-helpers";

async function fetchPng(path: string): Promise<PNG> {
  const response = await fetch(`${inject("baseUrl")}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
}

/** Non-white pixels in the band where the card draws its headline. */
function headlineInk(png: PNG): number {
  let ink = 0;
  for (let y = 200; y < 450; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 200 || png.data[i + 1]! < 200 || png.data[i + 2]! < 200) ink++;
    }
  }
  return ink;
}

describe("Open Graph images", () => {
  it.each(["/articles/briefing-03", "/category/news", "/"])(
    "%s: its og:image is a 1200×630 PNG with something drawn on it",
    async (path) => {
      const image = meta((await fetchOk(path)).body, "og:image")!;
      const png = await fetchPng(sitePath(image));
      expect([png.width, png.height]).toEqual([1200, 630]);
      expect(headlineInk(png)).toBeGreaterThan(5_000);
    },
    30_000,
  );

  it("cards of two articles differ (the headline is drawn, not a fixed picture)", async () => {
    const [a, b] = await Promise.all(
      ["/articles/briefing-03", `/articles/${encodeURIComponent("한글-주소-기사")}`].map(
        async (path) => fetchPng(sitePath(meta((await fetchOk(path)).body, "og:image")!)),
      ),
    );
    expect(Buffer.compare(a!.data, b!.data)).not.toBe(0);
  }, 30_000);

  it("serves the publisher logo named in structured data as a square PNG", async () => {
    const png = await fetchPng("/logo.png");
    expect([png.width, png.height]).toEqual([512, 512]);
  });
});
