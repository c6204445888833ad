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

/** An absolute URL for every page that has a feed of its own, as Metadata `alternates.types`. */
export function feedAlternates(category?: {
  name: string;
  slug: string;
}): Record<string, Array<{ url: string; title: string }>> {
  const rss = [{ url: absoluteUrl(seoPaths.rss), title: "RSS" }];
  if (category) {
    rss.push({
      url: absoluteUrl(seoPaths.categoryRss(category.slug)),
      title: `${category.name} RSS`,
    });
  }
  return {
    "application/rss+xml": rss,
    "application/atom+xml": [{ url: absoluteUrl(seoPaths.atom), title: "Atom" }],
    "application/feed+json": [{ url: absoluteUrl(seoPaths.jsonFeed), title: "JSON Feed" }],
  };
}

/** The generated cards, as `pageMetadata` names them for later list pages. */
export const ogImagePaths = {
  home: "/opengraph-image",
  category: (slug: string) => `${paths.category(slug)}/opengraph-image`,
};
