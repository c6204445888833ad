import type { PostSummary } from "@/lib/content/types";
import type { Page } from "@/lib/content/queries";
import { Pagination } from "./pagination";
import { PostList } from "./post-list";

type Props = {
  heading: string;
  /** Shown to screen readers only on the front page, where the masthead says it all. */
  headingHidden?: boolean;
  page: Page<PostSummary>;
  hrefFor: (page: number) => string;
};

/** The front page and category pages share one layout: lead story on page 1, then rows. */
export function ListPage({ heading, headingHidden = false, page, hrefFor }: Props) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className={headingHidden ? "sr-only" : "mb-6 text-3xl font-bold"}>
        {heading}
        {page.page > 1 && ` (${page.page}쪽)`}
      </h1>
      <PostList posts={page.items} leadFirst={page.page === 1} />
      <Pagination page={page.page} totalPages={page.totalPages} hrefFor={hrefFor} />
    </div>
  );
}
