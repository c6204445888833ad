import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { createHash } from "node:crypto";
import type { LoadCache, LoadCacheEntry } from "./build-content-index";
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_IMAGE_SCHEMES,
  ALLOWED_SCHEMES,
  ALLOWED_STYLES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
  RENAMED_TAGS,
  STYLED_TAGS,
} from "./sanitize-policy";

/**
 * The loaded posts of one build, on disk. `npm run content:check` (run before every build)
 * parses and sanitizes every file once and writes them here; build workers and the production
 * server read it instead of parsing every post again, and re-read only files whose size or
 * modification time changed since. v8 serialization keeps Dates and is fast to read.
 */
const FORMAT_VERSION = "news-content-cache/2";

/**
 * A cache made under another sanitizing policy must never be served: the policy itself is part
 * of the key, so a changed allowlist makes every old cache file unreadable. (Bump
 * FORMAT_VERSION when the loader changes what it produces in other ways.)
 */
function policyFingerprint(): string {
  const policy = JSON.stringify(
    {
      ALLOWED_TAGS,
      DROPPED_WITH_CONTENT,
      RENAMED_TAGS,
      STYLED_TAGS,
      ALLOWED_ATTRIBUTES,
      ALLOWED_SCHEMES,
      ALLOWED_IMAGE_SCHEMES,
      styles: Object.entries(ALLOWED_STYLES).map(([name, patterns]) => [name, patterns.map(String)]),
    },
    null,
    0,
  );
  return createHash("sha256").update(policy).digest("hex").slice(0, 16);
}

const FORMAT = `${FORMAT_VERSION}/${policyFingerprint()}`;

type CacheFile = { format: string; siteOrigin: string; entries: Array<[string, LoadCacheEntry]> };

export function loadCacheFilePath(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "cache", "news-content.v8");
}

export function writeLoadCacheFile(cache: LoadCache, siteOrigin: string, file = loadCacheFilePath()): void {
  const payload: CacheFile = { format: FORMAT, siteOrigin, entries: [...cache.entries()] };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, v8.serialize(payload));
  // Rename is atomic: a build worker never reads half a file.
  fs.renameSync(temporary, file);
}

/** The cached posts, or an empty cache when there is no file or it was made for another site. */
export function readLoadCacheFile(siteOrigin: string, file = loadCacheFilePath()): LoadCache {
  try {
    const payload = v8.deserialize(fs.readFileSync(file)) as CacheFile;
    if (payload.format !== FORMAT || payload.siteOrigin !== siteOrigin) return new Map();
    return new Map(payload.entries);
  } catch {
    return new Map();
  }
}
