import type { PostSummary } from "@/lib/content/types";
import type { Page } from "@/lib/content/queries";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

type Props = {
  heading: string;
  /** Shown to screen readers only, where the masthead says it all. */
  headingHidden?: boolean;
  /** A category page: its stories need no category label. */
  showCategory?: boolean;
  page: Page<PostSummary>;
  hrefFor: (page: number) => string;
};

/** Later pages of the latest news, and category pages: lead story on page 1, then rows. */
export function ListPage({
  heading,
  headingHidden = false,
  showCategory = true,
  page,
  hrefFor,
}: Props) {
  return (
    <div className="page-narrow">
      <h1 className={headingHidden ? "sr-only" : "page-title"}>
        {page.page > 1 ? `${heading} (${page.page}쪽)` : heading}
      </h1>
      <PostList posts={page.items} leadFirst={page.page === 1} showCategory={showCategory} />
      <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
    </div>
  );
}
