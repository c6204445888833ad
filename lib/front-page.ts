import type { Page } from "./content/queries";
import type { Category, PostSummary } from "./content/types";

export type FrontPageSection = { category: Category; posts: PostSummary[] };

export type FrontPage = {
  /** Page 1 of the latest news: what /page/2 continues. */
  page: Page<PostSummary>;
  lead?: PostSummary;
  /** The next stories after the lead, shown as a grid. */
  top: PostSummary[];
  /** The rest of page 1, as a compact list. */
  latest: PostSummary[];
  /** Per category, its newest stories other than the lead and top stories. */
  sections: FrontPageSection[];
};

export const TOP_STORIES = 4;
export const SECTION_STORIES = 4;

/**
 * Lays out the front page from the published posts (newest first) and the categories (biggest
 * first). The lead and top stories are not repeated in the category sections; the compact
 * latest list may repeat a section's story, as a newspaper's index does.
 */
export function buildFrontPage(
  page: Page<PostSummary>,
  posts: readonly PostSummary[],
  categories: readonly Category[],
): FrontPage {
  const [lead, ...rest] = page.items;
  const top = rest.slice(0, TOP_STORIES);
  const latest = rest.slice(TOP_STORIES);
  const featured = new Set([lead, ...top].flatMap((post) => (post ? [post.slug] : [])));
  const sections = categories
    .map((category) => ({
      category,
      posts: posts
        .filter(
          (post) =>
            !featured.has(post.slug) && post.categories.some((c) => c.slug === category.slug),
        )
        .slice(0, SECTION_STORIES),
    }))
    .filter((section) => section.posts.length > 0);
  return { page, lead, top, latest, sections };
}
