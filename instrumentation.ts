/**
 * Runs once when a Next.js server starts, before it handles any request: validates the
 * configuration, warms the content index and sets up the graceful stop (app/healthz/lifecycle.ts).
 */
export async function register(): Promise<void> {
  // Node.js only: the edge bundle drops this branch and never includes the file-system code.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startUp } = await import("./app/healthz/lifecycle");
  await startUp();
}
