import path from "node:path";
import { siteConfig } from "../site-config";
import {
  buildContentIndex,
  cacheKey,
  type ContentIndex,
  type LoadCache,
} from "./build-content-index";
import { formatProblem } from "./format-problems";
import { readLoadCacheFile } from "./load-cache-file";
import { scanContentFolder } from "./scan-content-folder";

export function contentRoot(): string {
  // Read at run time, not traced into the server bundle: the content folder is data.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR || "content");
}

// How long a production server trusts its index before looking at the folder again: new,
// changed and deleted files show up within this time plus the pages' revalidation.
const RESCAN_INTERVAL_MS = Number(process.env.CONTENT_RESCAN_SECONDS ?? 15) * 1000;

type Store = {
  index: ContentIndex;
  /** The files the index was built from; an unchanged folder keeps the same index object. */
  signature: string;
  scannedAt: number;
  cache: LoadCache;
  reported: Set<string>;
};

// One store per process, kept on globalThis so that dev-server module reloads reuse it.
const holder = globalThis as typeof globalThis & { __newsContentStore?: Store };

function refresh(previous: Store | undefined): Store {
  const root = contentRoot();
  // A fresh production process starts from what the build's content check loaded; dev always
  // parses, so an editor previewing sees the current code's result.
  const cache =
    previous?.cache ??
    (process.env.NODE_ENV === "development" ? new Map() : readLoadCacheFile(siteConfig.url));
  const files = scanContentFolder(root);
  const signature = files.map((f) => `${f.relativePath}\0${cacheKey(f)}`).join("\n");
  // Nothing changed: keep the index object, so what is derived from it (the published view,
  // the search index, rendered pages) stays valid instead of being rebuilt every rescan.
  if (previous && previous.signature === signature) return { ...previous, scannedAt: Date.now() };
  const index = buildContentIndex(root, files, siteConfig.url, cache);
  const reported = previous?.reported ?? new Set<string>();
  // A bad file never takes the site down: it is skipped and its error goes to the log once.
  for (const problem of index.problems) {
    const line = formatProblem(problem);
    if (problem.severity === "error" && !reported.has(line)) {
      reported.add(line);
      console.error(`[content] ${line} (file skipped)`);
    }
  }
  return { index, signature, scannedAt: Date.now(), cache, reported };
}

/** The loaded content, read once per process and rescanned (changed files only) when stale. */
export function getContentIndex(): ContentIndex {
  const store = holder.__newsContentStore;
  const stale =
    store === undefined ||
    process.env.NODE_ENV === "development" ||
    Date.now() - store.scannedAt > RESCAN_INTERVAL_MS;
  if (stale) holder.__newsContentStore = refresh(store);
  return holder.__newsContentStore!.index;
}
