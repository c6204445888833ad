import type { Post, PostBody } from "@/lib/content/types";

type Props = { headings: PostBody["headings"] };

function Entries({ headings }: Props) {
  return (
    <ol className="toc-list">
      {headings.map((heading, index) => (
        <li key={heading.id}>
          <span aria-hidden="true">{index + 1}</span>
          <a href={`#${heading.id}`}>{heading.text}</a>
        </li>
      ))}
    </ol>
  );
}

/**
 * Links to the body's sections, by the ids lib/content/heading-ids.ts gave the `h2`s. Wide
 * screens show it beside the body; phones get it folded in a <details> (no JavaScript) so the
 * story's picture and first paragraph stay near the top.
 */
export function TableOfContents({ headings }: Props) {
  return (
    <>
      <details className="rounded-md border border-line bg-paper-2 lg:hidden">
        <summary className="cursor-pointer px-4 py-3 text-[15px] font-bold text-ink-2">
          목차 <span className="font-normal text-muted">({headings.length})</span>
        </summary>
        <nav aria-label="목차" className="px-4 pb-4">
          <Entries headings={headings} />
        </nav>
      </details>
      <nav
        aria-labelledby="toc-heading"
        className="hidden rounded-md border border-line bg-paper-2 px-5 py-4 lg:block"
      >
        <h2 id="toc-heading" className="mb-2 text-sm font-bold text-muted">
          목차
        </h2>
        <Entries headings={headings} />
      </nav>
    </>
  );
}

/**
 * Long articles get a table of contents: three or more sections, or two in a piece that takes
 * more than three minutes to read. A short news item with two subheads does not need one.
 */
export function wantsTableOfContents(
  headings: PostBody["headings"],
  post: Pick<Post, "readingMinutes">,
): boolean {
  return headings.length >= 3 || (headings.length >= 2 && post.readingMinutes > 3);
}
