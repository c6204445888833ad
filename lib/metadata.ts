import type { Metadata } from "next";
import { siteConfig } from "./site-config";
import { absoluteUrl } from "./urls";

/** Site-wide defaults for every page, used by the root layout. */
export function rootMetadata(): Metadata {
  return {
    metadataBase: new URL(siteConfig.url),
    title: { default: siteConfig.name, template: `%s | ${siteConfig.name}` },
    description: siteConfig.description,
  };
}

type PageMetadataInput = {
  title?: string;
  description?: string;
  path: string;
};

/** The metadata every page shares: title, description, absolute canonical URL, Open Graph. */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  const url = absoluteUrl(path);
  return {
    title: title ?? { absolute: siteConfig.name },
    description: description ?? siteConfig.description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      url,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      title: title ?? siteConfig.name,
      description: description ?? siteConfig.description,
    },
  };
}
