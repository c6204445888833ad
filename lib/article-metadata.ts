import type { Metadata } from "next";
import type { PostSummary } from "./content/types";
import { pageMetadata } from "./metadata";
import { absoluteUrl, paths } from "./urls";

export function articleMetadata(post: PostSummary): Metadata {
  const base = pageMetadata({
    title: post.title,
    description: post.excerpt,
    path: paths.article(post.slug),
  });
  return {
    ...base,
    authors: post.author ? [{ name: post.author }] : undefined,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: post.date.toISOString(),
      modifiedTime: (post.updated ?? post.date).toISOString(),
      section: post.categories[0]?.name,
      tags: post.tags,
      images: post.image ? [{ url: absoluteUrl(post.image) }] : undefined,
    },
  };
}
