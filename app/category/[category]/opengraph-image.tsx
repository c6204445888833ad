import { notFound } from "next/navigation";
import { getCategory } from "@/lib/content/queries";
import { ogImageResponse, OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE } from "@/lib/seo/og-image";

export const alt = "분야의 최신 뉴스";
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;
export const revalidate = 30;

type Props = { params: Promise<{ category: string }> };

export default async function Image({ params }: Props) {
  const category = getCategory((await params).category);
  if (!category) notFound();
  return ogImageResponse({ kicker: "분야", headline: `${category.name} 최신 뉴스` });
}
