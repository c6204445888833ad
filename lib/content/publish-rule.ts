import type { PostSummary } from "./types";

/**
 * The one rule for what readers and crawlers may see. Every list, page, feed and sitemap goes
 * through it, so a draft or a scheduled post cannot leak through one of them. `next dev` shows
 * everything so editors can preview.
 */
export function isPublished(
  post: Pick<PostSummary, "draft" | "date">,
  now: Date,
  preview = process.env.NODE_ENV === "development",
): boolean {
  if (preview) return true;
  return !post.draft && post.date.getTime() <= now.getTime();
}

export type PublicationStatus = "published" | "draft" | "scheduled";

/** Why a post is or is not public, for the preview banner editors see in `next dev`. */
export function publicationStatus(post: Pick<PostSummary, "draft" | "date">, now: Date): PublicationStatus {
  if (post.draft) return "draft";
  return post.date.getTime() > now.getTime() ? "scheduled" : "published";
}
