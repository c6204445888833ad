/**
 * Polls `check` every `intervalMs` until it returns true or `limitMs` passes; returns whether it
 * succeeded. For behaviour with a stated freshness (content changes show within 60 s), not for
 * measuring speed.
 */
export async function pollUntil(
  check: () => Promise<boolean>,
  limitMs: number,
  intervalMs = 2_000,
): Promise<boolean> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
