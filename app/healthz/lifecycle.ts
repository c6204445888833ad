import { setServerPhase } from "./server-state";

/**
 * Start and stop of a production server, run from instrumentation.ts `register()`, which
 * Next.js awaits before it handles the first request.
 */

// Exit code Next.js uses after it has closed the server on SIGTERM (128 + 15).
const NEXT_SIGTERM_EXIT_CODE = 143;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(message: string): never {
  console.error(`[startup] ${message}`);
  console.error("[startup] The server did not start.");
  process.exit(1);
}

/**
 * Validates the configuration (one message listing every problem) and loads the content index,
 * so that the first reader gets a warm server; any failure stops the process with exit code 1.
 */
export async function startUp(): Promise<void> {
  setServerPhase("starting");
  try {
    // Importing the module validates process.env too; the explicit call keeps that true if
    // the module ever parses lazily.
    const { parseSiteConfig } = await import("@/lib/site-config");
    parseSiteConfig(process.env);
  } catch (error) {
    fail(messageOf(error));
  }

  let root = "the content folder";
  try {
    const { contentRoot } = await import("@/lib/content/content-store");
    root = contentRoot();
    const { listPublishedPosts } = await import("@/lib/content/queries");
    const posts = listPublishedPosts().length;
    console.log(`[startup] content index loaded: ${posts} published posts from ${root}`);
    // The search index too, so the first reader to search does not wait for it.
    const { warmSearchIndex } = await import("@/lib/search/search");
    warmSearchIndex();
  } catch (error) {
    fail(`cannot load the content index from ${root}: ${messageOf(error)}`);
  }

  handleShutdown();
  setServerPhase("ready");
}

/**
 * On SIGTERM, Next.js itself stops accepting connections, lets requests in flight finish, and
 * exits with 143. Here: /healthz answers 503 from that moment (a load balancer stops sending
 * traffic), and a shutdown that went as planned exits with 0, which is what systemd and
 * process supervisors read as a clean stop.
 */
function handleShutdown(): void {
  let stopping = false;
  process.once("SIGTERM", () => {
    stopping = true;
    setServerPhase("stopping");
    console.log("[shutdown] SIGTERM: no new connections; finishing requests in flight");
  });
  process.on("exit", (code) => {
    if (stopping && code === NEXT_SIGTERM_EXIT_CODE) {
      process.exitCode = 0;
      console.log("[shutdown] stopped cleanly");
    }
  });
}
