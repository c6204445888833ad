import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/article-view";
import { JsonLd } from "@/components/json-ld";
import { PreviewBanner } from "@/components/preview-banner";
import { postBody } from "@/lib/content/post-body";
import { publicationStatus } from "@/lib/content/publish-rule";
import { getPublishedPost, listPublishedPosts } from "@/lib/content/queries";
import { articleMetadata } from "@/lib/article-metadata";
import { PRERENDER_LIMITS } from "@/lib/prerender";
import { categoryNeighbours, relatedPosts } from "@/lib/related";
import { articleBreadcrumbs, breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/seo/json-ld";

// Rendered once and cached, then re-rendered at most every 30 s on request, so a post changed
// or deleted on the server shows within a minute without a rebuild (docs/EDITING.md).
export const revalidate = 30;

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  return listPublishedPosts()
    .slice(0, PRERENDER_LIMITS.articles)
    .map((post) => ({ slug: post.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  return articleMetadata(post);
}

export default async function ArticlePage({ params }: Props) {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  const published = listPublishedPosts();
  return (
    <article className="mx-auto max-w-[64rem] px-4 py-6 sm:py-10">
      <JsonLd data={newsArticleJsonLd(post)} />
      <JsonLd data={breadcrumbJsonLd(articleBreadcrumbs(post))} />
      <PreviewBanner status={publicationStatus(post, new Date())} date={post.date} />
      <ArticleView
        post={post}
        body={postBody(post)}
        related={relatedPosts(post, published)}
        neighbours={categoryNeighbours(post, published)}
      />
    </article>
  );
}
