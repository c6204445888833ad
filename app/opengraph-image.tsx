import { ogImageResponse, OG_IMAGE_CONTENT_TYPE, OG_IMAGE_SIZE } from "@/lib/seo/og-image";
import { siteConfig } from "@/lib/site-config";

export const alt = siteConfig.name;
export const size = OG_IMAGE_SIZE;
export const contentType = OG_IMAGE_CONTENT_TYPE;

export default function Image() {
  return ogImageResponse({ headline: siteConfig.description });
}
