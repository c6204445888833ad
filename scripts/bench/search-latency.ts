/**
 * Search latency inside the server, without HTTP and page rendering: loads the posts the way
 * `next start` does (the build's load cache, bodies left on disk), builds the search index as
 * the server does at start-up, then times runSearch() — the uncached path every new query
 * takes — for a few Korean queries. Run by scripts/bench/run.ts with the site's environment;
 * prints one JSON line.
 */
import { getContentIndex } from "../../lib/content/content-store";
import { runSearch } from "../../lib/search/search";
import { cachedSearchIndex } from "../../lib/search/search-index";

const QUERIES = ["국방", "반도체 수출", "기후", "선거 결과", "인공지능"];
const ROUNDS = 30;

const started = performance.now();
const contentIndex = getContentIndex();
const loadedMs = performance.now() - started;
const index = cachedSearchIndex(contentIndex);
const indexMs = performance.now() - started - loadedMs;

const queries = QUERIES.map((query) => {
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const t = performance.now();
    hits = runSearch({ index, posts: contentIndex.bySlug, query }).totalHits;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const p50 = times[Math.floor(times.length / 2)]!;
  return { query, hits, p50Ms: Number(p50.toFixed(2)) };
});

console.log(
  JSON.stringify({
    posts: contentIndex.posts.length,
    loadMs: Math.round(loadedMs),
    indexMs: Math.round(indexMs),
    queries,
  }),
);
