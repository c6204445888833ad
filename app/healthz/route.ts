import { listPublishedPosts } from "@/lib/content/queries";
import { serverPhase } from "./server-state";

// Always answered by this instance, never from a cache.
export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "no-store", "Content-Type": "application/json; charset=utf-8" };

/**
 * Test hook, only with NEWS_TEST_HOOKS=1: `?delay=<ms>` holds the (already decided) answer, so a
 * test can stop the server with a request in flight.
 */
async function testDelay(request: Request): Promise<void> {
  if (process.env.NEWS_TEST_HOOKS !== "1") return;
  const delay = Number(new URL(request.url).searchParams.get("delay"));
  if (!Number.isInteger(delay) || delay <= 0) return;
  console.log(`[healthz] holding this request for ${delay} ms (test hook)`);
  await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30_000)));
}

/**
 * For load balancers and orchestrators: 200 with `{status: "ok", posts, buildId}` once the
 * configuration is valid and the content index is loaded; 503 before that and while the
 * server is shutting down.
 */
export async function GET(request: Request): Promise<Response> {
  const buildId = process.env.NEWS_BUILD_ID || null;
  const phase = serverPhase();
  const response =
    phase === "ready"
      ? Response.json(
          { status: "ok", posts: listPublishedPosts().length, buildId },
          { status: 200, headers: HEADERS },
        )
      : Response.json({ status: phase, posts: null, buildId }, { status: 503, headers: HEADERS });
  await testDelay(request);
  return response;
}
