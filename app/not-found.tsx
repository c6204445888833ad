import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { notFoundMetadata } from "@/lib/metadata";

export const metadata: Metadata = notFoundMetadata();

/**
 * Styled by `.not-found` in app/globals.css. Next.js puts this page in every page's RSC
 * payload (the root layout's not-found boundary), so its markup is kept short.
 */
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>페이지를 찾을 수 없습니다</h1>
      <p>주소가 바뀌었거나 삭제된 기사일 수 있습니다.</p>
      <SearchForm id="not-found-search" size="large" label="기사 검색" />
      <p>
        <Link href="/">첫 화면으로</Link>
      </p>
    </div>
  );
}
