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
 * ordinary address a reader can bookmark or share.
 */
export function SearchForm({
  id,
  query = "",
  size = "compact",
  className = "",
  label = "사이트 검색",
}: Props) {
  const large = size === "large";
  return (
    <form action="/search" method="get" role="search" aria-label={label} className={className}>
      <div className="flex w-full items-stretch">
        <label htmlFor={id} className="sr-only">
          검색어
        </label>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="기사 검색"
          enterKeyHint="search"
          autoComplete="off"
          className={`min-w-0 flex-1 rounded-l-md border border-r-0 border-line-strong bg-paper text-ink placeholder:text-muted ${
            large ? "px-4 py-3 text-lg" : "w-44 px-3 py-1.5 text-[15px] lg:w-56"
          }`}
        />
        <button
          type="submit"
          className={`shrink-0 rounded-r-md bg-brand font-bold text-white hover:bg-[#8f0e19] ${
            large ? "px-5 text-lg" : "px-3 text-[15px]"
          }`}
        >
          검색
        </button>
      </div>
    </form>
  );
}
