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
