import fs from "node:fs";
import v8 from "node:v8";
import type { Post, PostBody, PostBodySource } from "./types";

/**
 * Post bodies live on disk, in the build's load cache file (lib/content/load-cache-file.ts),
 * and are read when a page, a feed or the search index needs one: a server or build worker
 * keeps the summaries of 10 000 posts in memory, not 140 MB of bodies. An article is read
 * once per render, and a rendered page is cached, so this costs one small read per render.
 */

type OpenPack = { fd: number; path: string };

// The open cache files by pack id, shared by every route bundle of the process. Bodies are
// read through the descriptor opened with the summaries: a build or `npm run content:check`
// that replaces the file meanwhile (a rename) leaves this process reading the file it indexed.
const holder = globalThis as typeof globalThis & { __newsBodyPacks?: Map<string, OpenPack> };
const packs = (holder.__newsBodyPacks ??= new Map());

/** Opens a cache file for body reads and names it; the id stays valid for the process. */
export function openPack(path: string): { id: string; fd: number } {
  const fd = fs.openSync(path, "r");
  const { ino, mtimeMs } = fs.fstatSync(fd);
  const id = `${path}#${ino}:${mtimeMs}`;
  const existing = packs.get(id);
  if (existing) {
    fs.closeSync(fd);
    return { id, fd: existing.fd };
  }
  packs.set(id, { fd, path });
  return { id, fd };
}

export function inlineBody(body: PostBody): PostBodySource {
  return { kind: "inline", body };
}

/** The serialized form a pack stores for one body. */
export function serializeBody(body: PostBody): Buffer {
  return v8.serialize(body);
}

/** The body of a post, from memory or from its cache file. */
export function postBody(post: Pick<Post, "body" | "sourcePath">): PostBody {
  const source = post.body;
  if (source.kind === "inline") return source.body;
  const pack = packs.get(source.pack);
  if (!pack) throw new Error(`${post.sourcePath}: its body is in ${source.pack}, which this process never opened`);
  const bytes = Buffer.allocUnsafe(source.length);
  const read = fs.readSync(pack.fd, bytes, 0, source.length, source.offset);
  if (read !== source.length) {
    throw new Error(`${post.sourcePath}: ${pack.path} ended before its body (rebuild to refresh the cache)`);
  }
  return v8.deserialize(bytes) as PostBody;
}
