import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article-body";
import { ArticleHeader } from "@/components/article-header";
import { TagList } from "@/components/tag-list";
import { getPublishedPost, listPublishedPosts } from "@/lib/content/queries";
import { articleMetadata } from "@/lib/article-metadata";

// An article is rendered once and cached; a post changed on disk is picked up within an hour
// at worst, or at once after a rebuild.
export const revalidate = 3600;

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
