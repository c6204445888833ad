import { notFound } from "next/navigation";
import { formatKoreanDate } from "@/lib/content/dates";
import { getPublishedPost } from "@/lib/content/queries";
import { ogImageResponse, OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE } from "@/lib/seo/og-image";

// Used only by articles without an `image` (lib/article-metadata.ts explains how).
export const alt = "기사 대표 이미지";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;
export const revalidate = 30;

type Props = { params: Promise<{ slug: string }> };

export default async function Image({ params }: Props) {
  const post = getPublishedPost((await params).slug);
  if (!post) notFound();
  return ogImageResponse({
    kicker: post.categories[0]?.name,
    headline: post.title,
    footer: formatKoreanDate(post.date),
  });
}
