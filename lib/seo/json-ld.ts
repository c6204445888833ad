import type {
  BreadcrumbList,
  CollectionPage,
  Graph,
  ImageObject,
  NewsArticle,
  Organization,
  SearchAction,
  Thing,
  WebSite,
  WithActionConstraints,
  WithContext,
} from "schema-dts";
import { toSeoulIsoString } from "../content/dates";
import { truncateText } from "../content/plain-text";
import type { PostSummary } from "../content/types";
import { siteConfig } from "../site-config";
import { absoluteUrl, paths } from "../urls";
import { seoPaths } from "./urls";

export type JsonLdDocument = WithContext<Thing> | Graph;

// A `</script>` or `<!--` in a headline must not end or confuse the script element, and
// U+2028/U+2029 end a line in older JavaScript parsers. `\uXXXX` is the same string in JSON.
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON for a `<script type="application/ld+json">`, safe to put in HTML as it is. */
export function serializeJsonLd(data: JsonLdDocument): string {
  return JSON.stringify(data).replace(
    UNSAFE_IN_SCRIPT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

// Google truncates (and may reject) headlines past 110 characters.
export const HEADLINE_MAX_LENGTH = 110;

export function jsonLdHeadline(title: string): string {
  // truncateText may add one character (the ellipsis) to the cut it makes.
  return truncateText(title, HEADLINE_MAX_LENGTH - 1);
}

const CONTEXT = "https://schema.org" as const;
const LANGUAGE = "ko-KR";

function siteRoot(): string {
  return absoluteUrl("/");
}

function organizationId(): string {
  return `${siteRoot()}#organization`;
}

function websiteId(): string {
  return `${siteRoot()}#website`;
}

// The logo route renders a square PNG of this size (app/logo.png/route.tsx).
export const LOGO_SIZE = 512;

export function publisherJsonLd(): Organization {
  const logo: ImageObject = {
    "@type": "ImageObject",
    url: absoluteUrl(seoPaths.logo),
    width: `${LOGO_SIZE}`,
    height: `${LOGO_SIZE}`,
  };
  return {
    "@type": "Organization",
    "@id": organizationId(),
    name: siteConfig.name,
    url: siteRoot(),
    logo,
  };
}

/** The image a crawler should show for a post: its own, else the generated card. */
export function postImageUrl(post: Pick<PostSummary, "image" | "slug">): string {
  return absoluteUrl(post.image ?? seoPaths.articleOgImage(post.slug));
}

export function newsArticleJsonLd(post: PostSummary): WithContext<NewsArticle> {
  const url = absoluteUrl(paths.article(post.slug));
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: jsonLdHeadline(post.title),
    description: post.excerpt,
    image: [postImageUrl(post)],
    datePublished: toSeoulIsoString(post.date),
    dateModified: toSeoulIsoString(post.updated ?? post.date),
    author: post.author
      ? [{ "@type": "Person", name: post.author }]
      : [{ "@type": "Organization", name: siteConfig.name, url: siteRoot() }],
    publisher: publisherJsonLd(),
    ...(post.categories.length > 0
      ? { articleSection: post.categories.map((category) => category.name) }
      : {}),
    ...(post.tags.length > 0 ? { keywords: post.tags } : {}),
    inLanguage: LANGUAGE,
    isAccessibleForFree: true,
  };
}

export type Crumb = { name: string; path: string };

/** Home → category → article, each with its absolute canonical URL. */
export function breadcrumbJsonLd(crumbs: Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

export function articleBreadcrumbs(post: PostSummary): Crumb[] {
  const category = post.categories[0];
  return [
    { name: siteConfig.name, path: paths.home() },
    ...(category ? [{ name: category.name, path: paths.category(category.slug) }] : []),
    { name: post.title, path: paths.article(post.slug) },
  ];
}

export function webSiteJsonLd(): WithContext<WebSite> {
  // The `{search_term_string}` placeholder is Google's sitelinks search box convention.
  const search: WithActionConstraints<SearchAction> = {
    "@type": "SearchAction",
    target: {
      "@type": "EntryPoint",
      urlTemplate: `${absoluteUrl(seoPaths.search)}?q={search_term_string}`,
    },
    "query-input": "required name=search_term_string",
  };
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    "@id": websiteId(),
    url: siteRoot(),
    name: siteConfig.name,
    description: siteConfig.description,
    inLanguage: LANGUAGE,
    publisher: publisherJsonLd(),
    potentialAction: search,
  };
}

type CollectionInput = {
  name: string;
  description?: string;
  path: string;
  posts: PostSummary[];
  /** How many posts came before this page of the list. */
  offset: number;
};

/** A list page: what it is, and its articles in order as an `ItemList`. */
export function collectionPageJsonLd({
  name,
  description,
  path,
  posts,
  offset,
}: CollectionInput): WithContext<CollectionPage> {
  const url = absoluteUrl(path);
  return {
    "@context": CONTEXT,
    "@type": "CollectionPage",
    "@id": url,
    url,
    name,
    description: description ?? siteConfig.description,
    inLanguage: LANGUAGE,
    isPartOf: { "@type": "WebSite", "@id": websiteId(), name: siteConfig.name, url: siteRoot() },
    mainEntity: {
      "@type": "ItemList",
      itemListOrder: "https://schema.org/ItemListOrderDescending",
      numberOfItems: posts.length,
      itemListElement: posts.map((post, index) => ({
        "@type": "ListItem",
        position: offset + index + 1,
        url: absoluteUrl(paths.article(post.slug)),
        name: post.title,
      })),
    },
  };
}

type ListJsonLdInput = {
  name: string;
  description?: string;
  path: string;
  page: { items: PostSummary[]; page: number };
};

/** A list page's `CollectionPage`, numbering its items from where the page starts. */
export function listJsonLd({ name, description, path, page }: ListJsonLdInput) {
  return collectionPageJsonLd({
    name,
    description,
    path,
    posts: page.items,
    offset: (page.page - 1) * siteConfig.postsPerPage,
  });
}

export function categoryBreadcrumbs(category: { name: string; slug: string }): Crumb[] {
  return [
    { name: siteConfig.name, path: paths.home() },
    { name: category.name, path: paths.category(category.slug) },
  ];
}
