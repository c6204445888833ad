import Link from "next/link";
import type { SearchResults as Results } from "@/lib/search/search";
import { paths } from "@/lib/urls";
import { HighlightedText } from "./highlighted-text";
import { Pagination } from "./pagination";
import { PostDate } from "./post-date";

type Props = { query: string; results: Results; hrefFor: (page: number) => string };

/** Ranked results: section, highlighted headline, highlighted snippet, date. */
export function SearchResults({ query, results, hrefFor }: Props) {
  if (results.totalHits === 0) {
    return (
      <div className="mt-8 rounded-md bg-paper-2 px-5 py-6">
        <p className="font-bold">‘{query}’에 맞는 기사를 찾지 못했습니다.</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-ink-2">
          <li>낱말의 철자를 확인해 보세요.</li>
          <li>더 짧은 낱말로 찾아 보세요. 예: ‘국방교류’ 대신 ‘국방’.</li>
        </ul>
      </div>
    );
  }
  return (
    <>
      <p className="mt-6 text-sm text-muted" role="status">
        ‘{query}’ 검색 결과 {results.totalHits.toLocaleString("ko-KR")}건
        {results.totalPages > 1 && ` · ${results.page}/${results.totalPages}쪽`}
      </p>
      {results.hits.length === 0 ? (
        <p className="mt-6">
          이 쪽에는 결과가 없습니다. <Link href={hrefFor(1)}>첫 쪽으로</Link>
        </p>
      ) : (
        <ol className="mt-2 divide-y divide-line">
          {results.hits.map(({ post, title, snippet }) => (
            <li key={post.slug} className="py-5">
              <article>
                {post.categories[0] && (
                  <p className="mb-1 text-[13px] font-bold text-brand-ink">
                    {post.categories[0].name}
                  </p>
                )}
                <h2 className="text-lg font-bold leading-snug tracking-[-0.02em] sm:text-xl">
                  <Link href={paths.article(post.slug)} className="hover:underline">
                    <HighlightedText segments={title} />
                  </Link>
                </h2>
                <p className="mt-1.5 text-[15px] leading-relaxed text-ink-2">
                  <HighlightedText segments={snippet} />
                </p>
                <PostDate date={post.date} className="mt-1.5 block text-[13px] text-muted" />
              </article>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={results.page}
        totalPages={results.totalPages}
        hrefFor={hrefFor}
        label="검색 결과 페이지"
      />
    </>
  );
}
