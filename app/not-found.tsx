import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { notFoundMetadata } from "@/lib/metadata";

export const metadata: Metadata = notFoundMetadata();

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-24 text-center">
      <h1 className="text-3xl font-bold">페이지를 찾을 수 없습니다</h1>
      <p className="mt-4 text-ink-2">주소가 바뀌었거나 삭제된 기사일 수 있습니다.</p>
      <SearchForm
        id="not-found-search"
        size="large"
        label="기사 검색"
        className="mx-auto mt-8 max-w-md"
      />
      <p className="mt-8">
        <Link href="/" className="rounded bg-brand px-5 py-3 font-bold text-white hover:opacity-90">
          첫 화면으로
        </Link>
      </p>
    </div>
  );
}
