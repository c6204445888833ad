import type { ContentIndex } from "./build-content-index";
import { isPublished } from "./publish-rule";
import type { Category, PostSummary } from "./types";

export type PublishedView = {
  /** Published posts, newest first. Shared: callers must not mutate it. */
  posts: PostSummary[];
  byCategory: Map<string, PostSummary[]>;
  /** Categories with published posts, biggest first. */
  categories: Array<Category & { count: number }>;
  /** The view holds for any time in [validFrom, validUntil): no post is published in between. */
  validFrom: number;
  validUntil: number;
};

/**
 * What readers may see, computed once per content index and reused by every page, list, feed
 * and sitemap until the index changes or a scheduled post's time arrives. Without this, every
 * page rendered during a build filters and counts all posts again: quadratic in the archive.
 */
const views = new WeakMap<ContentIndex, PublishedView>();

export function publishedView(index: ContentIndex, now: Date): PublishedView {
  const time = now.getTime();
  const cached = views.get(index);
  if (cached && cached.validFrom <= time && time < cached.validUntil) return cached;
  const view = computeView(index, now);
  views.set(index, view);
  return view;
}

function computeView(index: ContentIndex, now: Date): PublishedView {
  const time = now.getTime();
  const posts = index.posts.filter((post) => isPublished(post, now));
  // The nearest publication times around `now` bound how long this view stays right.
  let validFrom = Number.NEGATIVE_INFINITY;
  let validUntil = Number.POSITIVE_INFINITY;
  for (const post of index.posts) {
    if (post.draft) continue;
    const date = post.date.getTime();
    if (date <= time) validFrom = Math.max(validFrom, date);
    else validUntil = Math.min(validUntil, date);
  }

  const byCategory = new Map<string, PostSummary[]>();
  for (const post of posts) {
    for (const { slug } of post.categories) {
      const list = byCategory.get(slug);
      if (list) list.push(post);
      else byCategory.set(slug, [post]);
    }
  }
  const categories = [...byCategory.entries()]
    .map(([slug, list]) => ({ ...index.categories.get(slug)!, count: list.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ko"));
  return { posts, byCategory, categories, validFrom, validUntil };
}
