import type { TestProject } from "vitest/node";
import { ensureBuild, startServer, TEST_SITE } from "../helpers/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  ensureBuild(TEST_SITE);
  const server = await startServer(TEST_SITE);
  project.provide("baseUrl", server.url);
  return async () => {
    await server.stop();
  };
}
