/**
 * Korean-aware terms for the search index. Hangul words carry particles and compounds
 * (`국방교류를`, `자위대가`), so whole words alone would miss partial queries: every Hangul run
 * is also indexed as overlapping character pairs (bigrams), the usual approach for CJK text
 * without a morphological analyser. `국방교류` → 국방, 방교, 교류 (+ the whole word), so the
 * query `국방` or `교류` finds it. Latin words and numbers are indexed whole.
 */

// Letters, combining marks and digits: everything else separates words.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Inside a word, Hangul and non-Hangul runs (`ai기본법` → `ai`, `기본법`).
const RUN = /\p{Script=Hangul}+|[^\p{Script=Hangul}]+/gu;
const HANGUL = /\p{Script=Hangul}/u;

/** NFKC folds full-width letters and compatibility forms; search ignores case. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

export function isHangul(run: string): boolean {
  return HANGUL.test(run);
}

export function words(text: string): string[] {
  return normalizeText(text).match(WORD) ?? [];
}

export function runs(word: string): string[] {
  return word.match(RUN) ?? [];
}

// Every Hangul letter is in the Basic Multilingual Plane: one UTF-16 unit each, so `length`
// and `slice` count letters exactly, without splitting the string into an array first.
const ALL_HANGUL = /^\p{Script=Hangul}+$/u;

/** Overlapping pairs of letters of a Hangul run; a one-letter run is its own term. */
export function bigrams(run: string): string[] {
  if (run.length < 2) return [run];
  const pairs: string[] = [];
  for (let i = 0; i < run.length - 1; i++) pairs.push(run.slice(i, i + 2));
  return pairs;
}

function pushHangul(terms: string[], run: string): void {
  if (run.length < 2) {
    terms.push(run);
    return;
  }
  for (let i = 0; i < run.length - 1; i++) terms.push(run.slice(i, i + 2));
  // The whole word too (a two-letter word is already its own pair), so an exact or
  // word-initial match scores above pairs that merely occur in the text.
  if (run.length > 2) terms.push(run);
}

/** The terms one field's text is indexed under. Runs once per post and field: kept lean. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of words(text)) {
    // Most words are all Hangul: no need to split them into runs.
    if (ALL_HANGUL.test(word)) {
      pushHangul(terms, word);
      continue;
    }
    const parts = runs(word);
    // A mixed word is also findable whole: `5g망`, `ai기본법`.
    if (parts.length > 1) terms.push(word);
    for (const part of parts) {
      if (isHangul(part)) pushHangul(terms, part);
      else terms.push(part);
    }
  }
  return terms;
}
