import { ensureBuild, startServer, TEST_SITE } from "../helpers/next-server";

/** Starts the fixture site once for all browser tests; the returned function stops it. */
export default async function globalSetup() {
  ensureBuild(TEST_SITE);
  const server = await startServer(TEST_SITE);
  // Test workers start after this and inherit the environment.
  process.env.TEST_BASE_URL = server.url;
  return async () => {
    await server.stop();
  };
}
