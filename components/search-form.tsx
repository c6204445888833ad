import { MAX_QUERY_LENGTH } from "@/lib/search/query";

type Props = {
  /** Unique per page: the header and the search page each have a form. */
  id: string;
  query?: string;
  size?: "compact" | "large";
  className?: string;
  /** The landmark's name; two search forms on one page need different ones. */
  label?: string;
};

/**
 * A plain GET form to /search: it works without JavaScript, and the results page is an
 * ordinary address a reader can bookmark or share. Styled by `.search-form` and
 * `.search-compact` / `.search-large` in app/globals.css.
 */
export function SearchForm({
  id,
  query = "",
  size = "compact",
  className = "",
  label = "사이트 검색",
}: Props) {
  const classes = `search-form search-${size}${className ? ` ${className}` : ""}`;
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={classes}>
      <div>
        <label htmlFor={id} className="sr-only">
          검색어
        </label>
        <input
          id={id}
          type="search"
          name="q"
          {...(query ? { defaultValue: query } : {})}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="기사 검색"
          enterKeyHint="search"
          autoComplete="off"
        />
        <button type="submit">검색</button>
      </div>
    </form>
  );
}
