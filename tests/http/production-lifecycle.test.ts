import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildContentIndex } from "@/lib/content/build-content-index";
import { isPublished } from "@/lib/content/publish-rule";
import { scanContentFolder } from "@/lib/content/scan-content-folder";
import { ensureBuild, TEST_SITE } from "../helpers/next-server";
import { pollUntil } from "../helpers/poll";
import { readBuildId, spawnStandalone, startStandalone } from "../helpers/standalone";

// The standalone server as production runs it (`npm run start:standalone`, the Docker image):
// it checks its configuration and loads the content before serving, reports its health, and
// stops without dropping a request.

type Health = { status: string; posts: number | null; buildId: string | null };

const publishedFixturePosts = () => {
  const root = TEST_SITE.env.CONTENT_DIR;
  const index = buildContentIndex(root, scanContentFolder(root), TEST_SITE.env.SITE_URL, new Map());
  return index.posts.filter((post) => isPublished(post, new Date(), false)).length;
};

beforeAll(() => {
  ensureBuild(TEST_SITE);
});

describe("start-up", () => {
  it("answers its first request only with the content loaded: /healthz 200 with every published post and the build id", async () => {
    // spawnStandalone does not wait: the first request goes out while the server is starting.
    const server = await spawnStandalone(TEST_SITE);
    try {
      let first: { status: number; body: Health } | undefined;
      await pollUntil(
        async () => {
          try {
            const response = await fetch(`${server.url}/healthz`);
            first = { status: response.status, body: (await response.json()) as Health };
            return true;
          } catch {
            return false; // not listening yet
          }
        },
        120_000,
        50,
      );
      expect(first).toEqual({
        status: 200,
        body: {
          status: "ok",
          posts: publishedFixturePosts(),
          buildId: readBuildId(TEST_SITE.distDir),
        },
      });
      expect(server.logs()).toContain("[startup] content index loaded");
    } finally {
      await server.stop();
    }
  });

  it("refuses to start with invalid configuration, naming every problem, and exits non-zero", async () => {
    const server = await spawnStandalone(TEST_SITE, { SITE_URL: "not-a-url", POSTS_PER_PAGE: "0" });
    const exit = await server.exited;
    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    const logs = server.logs();
    expect(logs).toContain("Invalid site configuration");
    expect(logs).toMatch(/SITE_URL: SITE_URL must be an absolute http\(s\) URL/);
    expect(logs).toMatch(/POSTS_PER_PAGE: .*>=1/);
    expect(logs).toContain("The server did not start");
  });

  it("refuses to start when the content folder cannot be read", async () => {
    const server = await spawnStandalone(TEST_SITE, { CONTENT_DIR: "/nonexistent/news-content" });
    const exit = await server.exited;
    expect(exit.code).toBe(1);
    expect(server.logs()).toContain("/nonexistent/news-content");
  });
});

describe("/healthz", () => {
  let server: Awaited<ReturnType<typeof startStandalone>>;
  beforeAll(async () => {
    server = await startStandalone(TEST_SITE);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("is never cached", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("answers 503 while the server is starting or stopping", async () => {
    // The route itself, with the server phase set as instrumentation.ts sets it.
    const { GET } = await import("@/app/healthz/route");
    const { setServerPhase } = await import("@/app/healthz/server-state");
    try {
      for (const phase of ["starting", "stopping"] as const) {
        setServerPhase(phase);
        const response = await GET(new Request("http://127.0.0.1/healthz"));
        expect(response.status).toBe(503);
        expect(await response.json()).toMatchObject({ status: phase, posts: null });
      }
    } finally {
      setServerPhase("starting");
    }
  });
});

describe("SIGTERM", () => {
  it("stops accepting connections, finishes the request in flight with 200 and exits 0", async () => {
    const server = await startStandalone(TEST_SITE, { NEWS_TEST_HOOKS: "1" });
    const slow = fetch(`${server.url}/healthz?delay=4000`).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as Health,
    }));
    // Wait until the server holds the request, then ask it to stop.
    expect(
      await pollUntil(async () => server.logs().includes("holding this request"), 30_000, 50),
    ).toBe(true);
    process.kill(server.pid, "SIGTERM");
    expect(
      await pollUntil(async () => server.logs().includes("[shutdown] SIGTERM"), 10_000, 20),
    ).toBe(true);

    // A new connection is refused while the old request is still being answered.
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
    const inFlight = await slow;
    expect(inFlight.status).toBe(200);
    expect(inFlight.body.status).toBe("ok");

    const exit = await server.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(server.logs()).toContain("[shutdown] stopped cleanly");
  });
});
