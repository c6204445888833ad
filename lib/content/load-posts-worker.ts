import { parentPort, workerData } from "node:worker_threads";
import { buildContentIndex, type LoadCache } from "./build-content-index";
import type { LoadJob } from "./load-posts-parallel";

// One share of the files, loaded exactly as the main thread would (same function, same
// fallback dates), and sent back as cache entries.
const job = workerData as LoadJob;
const cache: LoadCache = new Map();
buildContentIndex(job.root, job.files, job.siteOrigin, cache);
parentPort?.postMessage([...cache.entries()]);
