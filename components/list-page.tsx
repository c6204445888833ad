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
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1
        className={
          headingHidden
            ? "sr-only"
            : "mb-6 border-b-2 border-ink pb-3 text-[1.75rem] font-bold tracking-[-0.02em] sm:text-3xl"
        }
      >
        {heading}
        {page.page > 1 && ` (${page.page}쪽)`}
      </h1>
      <PostList posts={page.items} leadFirst={page.page === 1} showCategory={showCategory} />
      <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
    </div>
  );
}
