import { siteConfig } from "../site-config";
import { absoluteUrl, paths } from "../urls";

/** Where crawlers and feed readers find the site's machine-readable views. */
export const seoPaths = {
  sitemap: "/sitemap.xml",
  sitemapPart: (part: number) => `/sitemap.xml?part=${part}`,
  newsSitemap: "/news-sitemap.xml",
  robots: "/robots.txt",
  rss: "/feed.xml",
  atom: "/atom.xml",
  jsonFeed: "/feed.json",
  categoryRss: (slug: string) => `${paths.category(slug)}/feed.xml`,
  logo: "/logo.png",
  search: "/search",
  articleOgImage: (slug: string) => `${paths.article(slug)}/opengraph-image`,
};

/**
 * The feeds a page announces (Metadata `alternates.types`): the site's three, plus a
 * category's own RSS. Feed readers show the titles when a page offers several.
 */
export function feedAlternates(category?: {
  name: string;
  slug: string;
}): Record<string, Array<{ url: string; title: string }>> {
  const site = siteConfig.name;
  const rss = [{ url: absoluteUrl(seoPaths.rss), title: `${site} RSS` }];
  if (category) {
    rss.push({
      url: absoluteUrl(seoPaths.categoryRss(category.slug)),
      title: `${site} ${category.name} RSS`,
    });
  }
  return {
    "application/rss+xml": rss,
    "application/atom+xml": [{ url: absoluteUrl(seoPaths.atom), title: `${site} Atom` }],
    "application/feed+json": [{ url: absoluteUrl(seoPaths.jsonFeed), title: `${site} JSON Feed` }],
  };
}

/** The generated cards, as `pageMetadata` names them for later list pages. */
export const ogImagePaths = {
  home: "/opengraph-image",
  category: (slug: string) => `${paths.category(slug)}/opengraph-image`,
};
