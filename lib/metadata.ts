import type { Metadata } from "next";
import type { Category } from "./content/types";
import { OG_IMAGE_SIZE } from "./seo/og-size";
import { feedAlternates } from "./seo/urls";
import { siteConfig } from "./site-config";
import { absoluteUrl } from "./urls";

// Google Discover and image search only show large previews when the page allows them.
const ROBOTS: NonNullable<Metadata["robots"]> = {
  index: true,
  follow: true,
  "max-image-preview": "large",
  "max-snippet": -1,
  "max-video-preview": -1,
};

function verification(): Metadata["verification"] {
  const { google, naver } = siteConfig.verification;
  return {
    ...(google ? { google } : {}),
    // Naver Search Advisor checks its own meta name; Next.js has no key for it.
    ...(naver ? { other: { "naver-site-verification": naver } } : {}),
  };
}

/** Site-wide defaults for every page, used by the root layout. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
    description: siteConfig.description,
    applicationName: siteConfig.name,
    robots: ROBOTS,
    verification: verification(),
    alternates: { types: feedAlternates() },
    openGraph: {
      type: "website",
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      title: siteConfig.name,
      description: siteConfig.description,
    },
    twitter: { card: "summary_large_image" },
  };
}

/**
 * A 404 must not be indexed. Next.js adds its own `noindex`, but the layout's robots tag would
 * still say `index` beside it; this replaces that tag instead of contradicting it.
 */
export function notFoundMetadata(): Metadata {
  return {
    title: "페이지를 찾을 수 없습니다",
    robots: { index: false, follow: true },
  };
}

type PageMetadataInput = {
  title?: string;
  description?: string;
  path: string;
  /** Lists and articles of a category also point feed readers at its own feed. */
  category?: Category;
  /**
   * A generated card from a parent segment (e.g. `/opengraph-image` for `/page/2`): a page's
   * own `openGraph` hides the parent's file-based image, so later list pages name it.
   */
  image?: { path: string; alt: string };
};

/**
 * The metadata every page shares: title, description, one absolute canonical URL, feed
 * autodiscovery, Open Graph and Twitter. A page's `openGraph`, `twitter` and `alternates`
 * replace the layout's whole objects, so each is complete here. `openGraph.images` is left
 * out on purpose: the nearest `opengraph-image.tsx` supplies it.
 */
export function pageMetadata({
  title,
  description,
  path,
  category,
  image,
}: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  const shownTitle = title ?? siteConfig.name;
  const shownDescription = description ?? siteConfig.description;
  const images = image
    ? [{ url: absoluteUrl(image.path), alt: image.alt, ...OG_IMAGE_SIZE, type: "image/png" }]
    : undefined;
  return {
    title: title ?? { absolute: siteConfig.name },
    description: shownDescription,
    alternates: { canonical: url, types: feedAlternates(category) },
    openGraph: {
      type: "website",
      url,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      title: shownTitle,
      description: shownDescription,
      ...(images ? { images } : {}),
    },
    twitter: {
      card: "summary_large_image",
      title: shownTitle,
      description: shownDescription,
      ...(images ? { images } : {}),
    },
  };
}
