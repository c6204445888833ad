import { parentPort, workerData } from "node:worker_threads";
import { lazyGitDates, loadFiles, type LoadCache } from "./build-content-index";
import type { LoadJob, WorkerMessage } from "./load-posts-parallel";

// One share of the files, loaded exactly as the main thread would (same function, same
// fallback dates), and sent back as cache entries a batch at a time, so that neither this
// thread nor the main one ever holds every body of a large archive.
const BATCH = 200;
const job = workerData as LoadJob;
const gitDates = lazyGitDates(job.root);
for (let start = 0; start < job.files.length; start += BATCH) {
  const batch: LoadCache = new Map();
  loadFiles(job.root, job.files.slice(start, start + BATCH), job.siteOrigin, batch, gitDates);
  parentPort?.postMessage({ entries: [...batch.entries()] } satisfies WorkerMessage);
}
parentPort?.postMessage({ done: true } satisfies WorkerMessage);
