import type { Metadata } from "next";
import { toSeoulIsoString } from "./content/dates";
import type { PostSummary } from "./content/types";
import { pageMetadata } from "./metadata";
import { absoluteUrl, paths } from "./urls";

/**
 * An article's metadata. Posts without an `image` get no `images` key at all, so the
 * generated `opengraph-image.tsx` beside the article route fills the gap; a key holding
 * `undefined` would switch that fallback off.
 */
export function articleMetadata(post: PostSummary): Metadata {
  const base = pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: paths.article(post.slug),
    category: post.categories[0],
  });
  const image = post.image
    ? { url: absoluteUrl(post.image), alt: post.imageAlt || post.title }
    : undefined;
  return {
    ...base,
    authors: post.author ? [{ name: post.author }] : undefined,
    keywords: post.tags.length > 0 ? post.tags : undefined,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: toSeoulIsoString(post.date),
      modifiedTime: toSeoulIsoString(post.updated ?? post.date),
      section: post.categories[0]?.name,
      tags: post.tags,
      ...(post.author ? { authors: [post.author] } : {}),
      ...(image ? { images: [image] } : {}),
    },
    twitter: { ...base.twitter, ...(image ? { images: [image] } : {}) },
  };
}
