import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { createHash } from "node:crypto";
import type { LoadCache, LoadCacheEntry } from "./build-content-index";
import { openPack, postBody, serializeBody } from "./post-body";
import type { PostBodySource } from "./types";
import * as policy from "./sanitize-policy";

/**
 * The loaded posts of one build, on disk. `npm run content:check` (run before every build)
 * parses and sanitizes every file once and writes them here; build workers and the production
 * server read it instead of parsing every post again, and re-read only files whose size or
 * modification time changed since. v8 serialization keeps Dates and is fast to read.
 *
 * Layout: every body serialized on its own, then the summaries (everything but bodies, one v8
 * value), then a 12-byte footer giving where the summaries start and their length. Bodies are
 * written as posts are loaded, so the check never holds the whole archive in memory; readers
 * load the summaries and read a body at its offset when a page needs it
 * (lib/content/post-body.ts).
 */
const FORMAT_VERSION = "news-content-cache/3";

/**
 * A cache made under another sanitizing policy must never be served: the policy itself is part
 * of the key, so a changed allowlist makes every old cache file unreadable. (Bump
 * FORMAT_VERSION when the loader changes what it produces in other ways.)
 */
function policyFingerprint(): string {
  // Every constant of the policy module, so a new one cannot be left out; patterns as text.
  const styles = Object.entries(policy.ALLOWED_STYLES).map(([name, patterns]) => [name, patterns.map(String)]);
  const text = JSON.stringify({ ...policy, ALLOWED_STYLES: styles });
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

const FORMAT = `${FORMAT_VERSION}/${policyFingerprint()}`;

type CacheFile = { format: string; siteOrigin: string; entries: Array<[string, LoadCacheEntry]> };

const FOOTER_BYTES = 12;

export function loadCacheFilePath(): string {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), distDir, "cache", "news-content.v8");
}

/**
 * Writes a cache file: bodies as they come (`store`), then the summaries (`finish`). Until then
 * the file has a temporary name; bodies already written can be read back through `store`'s
 * answers, which is how the content check reads them for its link checks.
 */
export class LoadCacheWriter {
  private readonly temporary: string;
  private readonly fd: number;
  private readonly packId: string;
  private offset = 0;

  constructor(private readonly file = loadCacheFilePath()) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.temporary = `${file}.${process.pid}.tmp`;
    this.fd = fs.openSync(this.temporary, "w");
    this.packId = openPack(this.temporary).id;
  }

  /** Writes a body out (unless it is already in this file) and says where it is. */
  store = (source: PostBodySource): PostBodySource => {
    if (source.kind === "packed" && source.pack === this.packId) return source;
    const bytes = serializeBody(source.kind === "inline" ? source.body : postBody({ body: source, sourcePath: "" }));
    fs.writeSync(this.fd, bytes, 0, bytes.length, this.offset);
    const stored: PostBodySource = { kind: "packed", pack: this.packId, offset: this.offset, length: bytes.length };
    this.offset += bytes.length;
    return stored;
  };

  /** Adds the summaries and gives the file its name (atomically: readers never see half). */
  finish(cache: LoadCache, siteOrigin: string): void {
    const entries = [...cache.entries()].map(([key, entry]): [string, LoadCacheEntry] => {
      if (entry.result.kind !== "post") return [key, entry];
      entry.result.post.body = this.store(entry.result.post.body);
      // Which process opened the file is not part of the file.
      const body = { ...entry.result.post.body, pack: "" };
      return [key, { ...entry, result: { ...entry.result, post: { ...entry.result.post, body } } }];
    });
    const summaries = v8.serialize({ format: FORMAT, siteOrigin, entries } satisfies CacheFile);
    const footer = Buffer.alloc(FOOTER_BYTES);
    footer.writeBigUInt64LE(BigInt(this.offset));
    footer.writeUInt32LE(summaries.length, 8);
    fs.writeSync(this.fd, summaries, 0, summaries.length, this.offset);
    fs.writeSync(this.fd, footer, 0, FOOTER_BYTES, this.offset + summaries.length);
    fs.closeSync(this.fd);
    // A process still reading bodies from an older file keeps its descriptor to that one.
    fs.renameSync(this.temporary, this.file);
  }

  /** Gives up: nothing is left behind. */
  discard(): void {
    fs.closeSync(this.fd);
    fs.rmSync(this.temporary, { force: true });
  }
}

export function writeLoadCacheFile(cache: LoadCache, siteOrigin: string, file = loadCacheFilePath()): void {
  new LoadCacheWriter(file).finish(cache, siteOrigin);
}

/** The cached posts, or an empty cache when there is no file or it was made for another site. */
export function readLoadCacheFile(siteOrigin: string, file = loadCacheFilePath()): LoadCache {
  try {
    const pack = openPack(file);
    const size = fs.fstatSync(pack.fd).size;
    if (size < FOOTER_BYTES) return new Map();
    const footer = Buffer.alloc(FOOTER_BYTES);
    fs.readSync(pack.fd, footer, 0, FOOTER_BYTES, size - FOOTER_BYTES);
    const start = Number(footer.readBigUInt64LE());
    const length = footer.readUInt32LE(8);
    if (start + length + FOOTER_BYTES !== size) return new Map();
    const summaries = Buffer.allocUnsafe(length);
    fs.readSync(pack.fd, summaries, 0, length, start);
    const payload = v8.deserialize(summaries) as CacheFile;
    if (payload.format !== FORMAT || payload.siteOrigin !== siteOrigin) return new Map();
    for (const [, entry] of payload.entries) {
      if (entry.result.kind !== "post" || entry.result.post.body.kind !== "packed") continue;
      entry.result.post.body = { ...entry.result.post.body, pack: pack.id };
    }
    return new Map(payload.entries);
  } catch {
    return new Map();
  }
}
