import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article-body";
import { ArticleHeader } from "@/components/article-header";
import { PreviewBanner } from "@/components/preview-banner";
import { TagList } from "@/components/tag-list";
import { publicationStatus } from "@/lib/content/publish-rule";
import { getPublishedPost, listPublishedPosts } from "@/lib/content/queries";
import { articleMetadata } from "@/lib/article-metadata";

// Rendered once and cached, then re-rendered at most every 30 s on request, so a post changed
// or deleted on the server shows within a minute without a rebuild (docs/EDITING.md).
export const revalidate = 30;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listPublishedPosts().map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  return articleMetadata(post);
}

export default async function ArticlePage({ params }: Props) {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <PreviewBanner status={publicationStatus(post, new Date())} date={post.date} />
      <ArticleHeader post={post} />
      {post.image && !post.imageInBody && (
        <figure className="mt-8">
          {/* eslint-disable-next-line @next/next/no-img-element -- remote editor image of unknown size */}
          <img
            src={post.image}
            alt={post.imageAlt}
            className="w-full rounded bg-gray-100"
            decoding="async"
          />
        </figure>
      )}
      <div className="mt-8">
        <ArticleBody html={post.html} />
      </div>
      <TagList tags={post.tags} />
    </article>
  );
}
