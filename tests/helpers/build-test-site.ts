// `npm run test:build`: rebuilds the fixture site that the HTTP and browser tests share.
import { ensureBuild, TEST_SITE } from "./next-server";

ensureBuild(TEST_SITE, true);
