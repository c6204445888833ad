import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { createHash } from "node:crypto";
import type { LoadCache, LoadCacheEntry } from "./build-content-index";
import { openPack, postBody, serializeBody } from "./post-body";
import type { PostBodySource } from "./types";
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
 *
 * Layout: a 4-byte length, the summaries (everything but bodies, one v8 value), then every
 * body serialized on its own. Readers load the summaries and read a body at its offset when a
 * page needs it (lib/content/post-body.ts), so no process holds the whole archive's text.
 */
const FORMAT_VERSION = "news-content-cache/3";

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

const HEADER_BYTES = 4;

export function loadCacheFilePath(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "cache", "news-content.v8");
}

export function writeLoadCacheFile(cache: LoadCache, siteOrigin: string, file = loadCacheFilePath()): void {
  const bodies: Buffer[] = [];
  let offset = 0;
  // Offsets are relative to the end of the summaries until the reader knows where that is.
  const entries = [...cache.entries()].map(([key, entry]): [string, LoadCacheEntry] => {
    if (entry.result.kind !== "post") return [key, entry];
    const bytes = serializeBody(postBody(entry.result.post));
    bodies.push(bytes);
    const body: PostBodySource = { kind: "packed", pack: "", offset, length: bytes.length };
    offset += bytes.length;
    return [key, { ...entry, result: { ...entry.result, post: { ...entry.result.post, body } } }];
  });
  const summaries = v8.serialize({ format: FORMAT, siteOrigin, entries } satisfies CacheFile);
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32LE(summaries.length);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = fs.openSync(temporary, "w");
  try {
    for (const chunk of [header, summaries, ...bodies]) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  // Rename is atomic: a build worker never reads half a file, and a process still reading
  // bodies from the old file keeps its descriptor to it.
  fs.renameSync(temporary, file);
}

/** The cached posts, or an empty cache when there is no file or it was made for another site. */
export function readLoadCacheFile(siteOrigin: string, file = loadCacheFilePath()): LoadCache {
  try {
    const pack = openPack(file);
    const header = Buffer.alloc(HEADER_BYTES);
    fs.readSync(pack.fd, header, 0, HEADER_BYTES, 0);
    const length = header.readUInt32LE();
    if (HEADER_BYTES + length > fs.fstatSync(pack.fd).size) return new Map();
    const summaries = Buffer.allocUnsafe(length);
    const read = fs.readSync(pack.fd, summaries, 0, summaries.length, HEADER_BYTES);
    if (read !== summaries.length) return new Map();
    const payload = v8.deserialize(summaries) as CacheFile;
    if (payload.format !== FORMAT || payload.siteOrigin !== siteOrigin) return new Map();
    const bodiesStart = HEADER_BYTES + summaries.length;
    for (const [, entry] of payload.entries) {
      if (entry.result.kind !== "post" || entry.result.post.body.kind !== "packed") continue;
      const body = entry.result.post.body;
      entry.result.post.body = { ...body, pack: pack.id, offset: bodiesStart + body.offset };
    }
    return new Map(payload.entries);
  } catch {
    return new Map();
  }
}
