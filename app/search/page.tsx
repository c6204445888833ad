import type { Metadata } from "next";
import { SearchForm } from "@/components/search-form";
import { SearchResults } from "@/components/search-results";
import { parsePageParam } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/metadata";
import { MAX_QUERY_LENGTH } from "@/lib/search/query";
import { searchPosts } from "@/lib/search/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?q=…&page=N` as typed by a reader: the first value of each, trimmed and bounded. */
async function readParams(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) ?? "";
  const query = first(params.q).trim().slice(0, MAX_QUERY_LENGTH);
  const page = parsePageParam(first(params.page)) ?? 1;
  return { query, page };
}

const searchHref = (query: string, page: number) =>
  `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ""}`;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query } = await readParams(searchParams);
  return {
    ...pageMetadata({ title: query ? `‘${query}’ 검색 결과` : "기사 검색", path: "/search" }),
    // Result pages are endless and thin: keep them out of search engines, follow their links.
    robots: { index: false, follow: true },
  };
}

/** Server-rendered search: a GET form and its results, no client JavaScript needed. */
export default async function SearchPage({ searchParams }: Props) {
  const { query, page } = await readParams(searchParams);
  const results = query ? searchPosts(query, page) : null;
  return (
    <div className="page-narrow">
      <h1 className="text-[1.75rem] font-bold tracking-[-0.02em] sm:text-3xl">
        {query ? "검색 결과" : "기사 검색"}
      </h1>
      <SearchForm id="page-search" query={query} size="large" className="mt-5" label="기사 검색" />
      {results ? (
        <SearchResults query={query} results={results} hrefFor={(n) => searchHref(query, n)} />
      ) : (
        <p className="mt-6 text-ink-2">
          제목, 요약, 태그, 본문에서 찾습니다. 낱말의 일부만 써도 됩니다. 예: ‘국방’으로
          ‘국방교류’를 찾습니다.
        </p>
      )}
    </div>
  );
}
