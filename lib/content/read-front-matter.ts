import matter from "gray-matter";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";

export type FrontMatterBlock = {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line in the file of each top-level key, for errors that name the line. */
  keyLines: Map<string, number>;
  /** 1-based line where the body starts. */
  bodyLine: number;
};

export type FrontMatterError = { line: number; column?: number; message: string };

export type FrontMatterResult =
  | { kind: "ok"; block: FrontMatterBlock }
  | { kind: "none" }
  | { kind: "error"; errors: FrontMatterError[] };

const FENCE = /^---[ \t]*$/;

/**
 * Splits and parses the front matter of text already decoded and normalized to LF.
 * gray-matter finds the block; YAML is parsed with the `yaml` package's core schema so dates
 * stay strings (a zone-less date belongs to the site's zone, not UTC) and every error and key
 * keeps its line.
 */
export function readFrontMatter(source: string): FrontMatterResult {
  const lines = source.split("\n");
  if (!FENCE.test(lines[0] ?? "")) return { kind: "none" };
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return {
      kind: "error",
      errors: [{ line: 1, message: 'front matter opened with "---" on line 1 is never closed' }],
    };
  }

  const lineCounter = new LineCounter();
  let yamlText = "";
  const parsed = matter(source, {
    engines: {
      yaml: (text: string) => {
        yamlText = text;
        return {};
      },
    },
  });
  const document = parseDocument(yamlText, {
    schema: "core",
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
  });
  // gray-matter hands over the YAML from the end of the opening fence's line, so the YAML
  // text's line N is the file's line N.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line;

  if (document.errors.length > 0) {
    return {
      kind: "error",
      errors: document.errors.map((error) => {
        const position = lineCounter.linePos(error.pos[0]);
        return {
          line: position.line,
          column: position.col,
          message: `YAML syntax error: ${error.message.split("\n")[0]}`,
        };
      }),
    };
  }

  const contents = document.contents;
  if (contents !== null && !isMap(contents)) {
    return {
      kind: "error",
      errors: [{ line: 2, message: "front matter must be a list of `key: value` lines" }],
    };
  }
  const keyLines = new Map<string, number>();
  for (const pair of contents?.items ?? []) {
    if (isScalar(pair.key) && pair.key.range) {
      keyLines.set(String(pair.key.value), fileLine(pair.key.range[0]));
    }
  }
  const data = (document.toJS() ?? {}) as Record<string, unknown>;
  return {
    kind: "ok",
    block: { data, body: parsed.content, keyLines, bodyLine: closing + 2 },
  };
}
