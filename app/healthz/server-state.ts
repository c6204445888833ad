/**
 * Where this server process is in its life, for GET /healthz. Kept on globalThis because
 * instrumentation.ts and the route handler are separate bundles that share one process.
 */
export type ServerPhase = "starting" | "ready" | "stopping";

const holder = globalThis as typeof globalThis & { __newsServerPhase?: ServerPhase };

export function serverPhase(): ServerPhase {
  return holder.__newsServerPhase ?? "starting";
}

export function setServerPhase(phase: ServerPhase): void {
  holder.__newsServerPhase = phase;
}
