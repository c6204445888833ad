/** A piece of text, marked when it matched the query. Rendered as text: never as HTML. */
export type Segment = { text: string; hit: boolean };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function pattern(terms: string[]): RegExp | null {
  if (terms.length === 0) return null;
  return new RegExp(terms.map(escapeRegExp).join("|"), "giu");
}

/** Splits `text` into plain and matched segments. */
export function highlight(text: string, terms: string[]): Segment[] {
  const source = text.normalize("NFC");
  const regex = pattern(terms);
  if (!regex) return [{ text: source, hit: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of source.matchAll(regex)) {
    if (match.index > last) segments.push({ text: source.slice(last, match.index), hit: false });
    segments.push({ text: match[0], hit: true });
    last = match.index + match[0].length;
  }
  if (last < source.length) segments.push({ text: source.slice(last), hit: false });
  return segments;
}

const SNIPPET_LENGTH = 160;
const LEAD_IN = 50;

/**
 * The part of `text` around the first match, cut at spaces, with matches marked. Tries the
 * whole query words first, then `fallbackTerms`; returns null when neither occurs.
 */
export function snippet(text: string, terms: string[], fallbackTerms: string[]): Segment[] | null {
  const source = text.normalize("NFC");
  for (const candidates of [terms, fallbackTerms]) {
    const regex = pattern(candidates);
    if (!regex) continue;
    const first = regex.exec(source);
    if (!first) continue;
    let start = Math.max(0, first.index - LEAD_IN);
    if (start > 0) {
      const space = source.indexOf(" ", start);
      start = space !== -1 && space < first.index ? space + 1 : start;
    }
    let end = Math.min(source.length, start + SNIPPET_LENGTH);
    if (end < source.length) {
      const space = source.lastIndexOf(" ", end);
      end = space > first.index + first[0].length ? space : end;
    }
    const window = `${start > 0 ? "…" : ""}${source.slice(start, end)}${end < source.length ? "…" : ""}`;
    return highlight(window, candidates);
  }
  return null;
}
