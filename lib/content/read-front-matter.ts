import matter from "gray-matter";
import yaml from "js-yaml";

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
const TOP_LEVEL_KEY = /^([^\s#:][^:]*?)\s*:(?:\s|$)/;

/**
 * Splits and parses the front matter of text already decoded and normalized to LF.
 * gray-matter finds the block; js-yaml parses it with the core schema, so dates stay strings (a
 * zone-less date belongs to the site's zone, not UTC) and errors keep their line and column.
 */
export function readFrontMatter(source: string): FrontMatterResult {
  const lines = source.split("\n", 2);
  if (!FENCE.test(lines[0] ?? "")) return { kind: "none" };
  const closingMatch = /\n---[ \t]*(?:\n|$)/.exec(source);
  if (closingMatch === null) {
    return {
      kind: "error",
      errors: [{ line: 1, message: 'front matter opened with "---" on line 1 is never closed' }],
    };
  }

  let data: unknown;
  let yamlText = "";
  try {
    const parsed = matter(source, {
      engines: {
        yaml: (text: string) => {
          yamlText = text;
          data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
          return {};
        },
      },
    });
    // gray-matter hands over the YAML from the end of the opening fence's line, so line N of
    // the YAML text is line N of the file.
    const yamlLines = yamlText.split("\n");
    if (data !== undefined && data !== null && (typeof data !== "object" || Array.isArray(data))) {
      return {
        kind: "error",
        errors: [{ line: 2, message: 'front matter must be a list of "key: value" lines' }],
      };
    }
    const keyLines = new Map<string, number>();
    yamlLines.forEach((text, index) => {
      const key = TOP_LEVEL_KEY.exec(text)?.[1];
      if (key !== undefined && !keyLines.has(key)) keyLines.set(key.replace(/^["']|["']$/g, ""), index + 1);
    });
    return {
      kind: "ok",
      block: {
        data: (data ?? {}) as Record<string, unknown>,
        body: parsed.content,
        keyLines,
        bodyLine: yamlLines.length + 2,
      },
    };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // An unclosed bracket or quote is only noticed at the end of the block: name the last
      // line of the front matter rather than the closing fence.
      const lastLine = yamlText.replace(/\n+$/, "").split("\n").length;
      return {
        kind: "error",
        errors: [
          {
            line: Math.min(error.mark.line + 1, lastLine),
            column: error.mark.column + 1,
            message: `YAML syntax error: ${error.reason}`,
          },
        ],
      };
    }
    throw error;
  }
}
