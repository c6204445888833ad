import Link from "next/link";

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string };

/** Previous / next links plus the position, as plain links that work without JavaScript. */
export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null;
  const linkClass = "rounded border border-gray-300 px-4 py-2 hover:bg-gray-100";
  return (
    <nav aria-label="페이지" className="mt-10 flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← 이전
        </Link>
      ) : (
        <span aria-hidden="true" className="px-4 py-2 text-gray-400">
          ← 이전
        </span>
      )}
      <span className="text-gray-700" aria-current="page">
        {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          다음 →
        </Link>
      ) : (
        <span aria-hidden="true" className="px-4 py-2 text-gray-400">
          다음 →
        </span>
      )}
    </nav>
  );
}
