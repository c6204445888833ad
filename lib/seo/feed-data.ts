import { getPublishedPost, listPublishedPosts } from "../content/queries";
import type { Post, PostSummary } from "../content/types";
import { FEED_SIZE } from "./feed";

/**
 * The newest published posts with their bodies. Lists hand out summaries only, so each body is
 * looked up again through the same publish rule.
 */
export function feedPosts(
  summaries: PostSummary[] = listPublishedPosts(),
  now = new Date(),
): Post[] {
  return summaries
    .slice(0, FEED_SIZE)
    .map((summary) => getPublishedPost(summary.slug, now))
    .filter((post): post is Post => post !== undefined);
}
