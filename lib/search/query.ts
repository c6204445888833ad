import type { Query } from "minisearch";
import { bigrams, isHangul, runs, words } from "./tokenize";

// A reader types a phrase, not a program: more words than this add nothing but work.
const MAX_WORDS = 8;
export const MAX_QUERY_LENGTH = 100;

// Common particles and endings a reader may type after a noun (`자위대가`, `교류를`). Longest
// first. Stripping one gives an alternative that still requires two letters of the noun.
const PARTICLES = [
  "에서는",
  "에게서",
  "으로서",
  "으로써",
  "이라는",
  "에서",
  "에게",
  "으로",
  "부터",
  "까지",
  "처럼",
  "보다",
  "라는",
  "하는",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "와",
  "과",
  "도",
  "만",
  "로",
];

export function withoutParticle(run: string): string | undefined {
  const length = [...run].length;
  for (const particle of PARTICLES) {
    if (run.endsWith(particle) && length - particle.length >= 2) {
      return run.slice(0, -particle.length);
    }
  }
  return undefined;
}

/** All the bigrams of `run` present in one document: `자위대` matches `자위대는`. */
function hangulRunQuery(run: string): Query {
  if ([...run].length === 1) return { queries: [run], prefix: true };
  return {
    combineWith: "OR",
    queries: [
      { combineWith: "AND", queries: bigrams(run) },
      // The run as a whole word or a word's beginning: the same documents, scored higher.
      { queries: [run], prefix: true },
    ],
  };
}

function runQuery(run: string): Query {
  if (!isHangul(run)) return { queries: [run], prefix: [...run].length > 1 };
  const stripped = withoutParticle(run);
  if (stripped === undefined) return hangulRunQuery(run);
  return { combineWith: "OR", queries: [hangulRunQuery(run), hangulRunQuery(stripped)] };
}

export type ParsedQuery = {
  /** The MiniSearch expression: every word of the query must match. */
  query: Query;
  /** Strings to mark in titles and snippets, longest first. */
  highlights: string[];
  /** Hangul pairs to mark when no whole word appears verbatim in a text. */
  fallbackHighlights: string[];
};

/** Turns what the reader typed into a search expression, or null when nothing is searchable. */
export function parseQuery(raw: string): ParsedQuery | null {
  const queryWords = words(raw.slice(0, MAX_QUERY_LENGTH)).slice(0, MAX_WORDS);
  if (queryWords.length === 0) return null;
  const highlights = new Set<string>();
  const fallback = new Set<string>();
  const wordQueries: Query[] = queryWords.map((word) => {
    const parts = runs(word);
    highlights.add(word);
    for (const part of parts) {
      highlights.add(part);
      if (isHangul(part)) {
        const stripped = withoutParticle(part);
        if (stripped) highlights.add(stripped);
        for (const pair of bigrams(stripped ?? part)) fallback.add(pair);
      }
    }
    const partQueries = parts.map(runQuery);
    return partQueries.length === 1
      ? partQueries[0]!
      : { combineWith: "AND", queries: partQueries };
  });
  const byLength = (a: string, b: string) => b.length - a.length;
  return {
    query: { combineWith: "AND", queries: wordQueries },
    highlights: [...highlights].sort(byLength),
    fallbackHighlights: [...fallback].filter((pair) => !highlights.has(pair)).sort(byLength),
  };
}
