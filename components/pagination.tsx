import Link from "next/link";

type Props = {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label?: string;
};

/**
 * Previous / next links plus the position, as plain links that work without JavaScript.
 * Styled by `.pager` in app/globals.css.
 */
export function Pagination({ page, totalPages, hrefFor, label = "페이지" }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={label} className="pager">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          ← 이전
        </Link>
      ) : (
        <span aria-hidden="true">← 이전</span>
      )}
      <span aria-current="page">
        {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next">
          다음 →
        </Link>
      ) : (
        <span aria-hidden="true">다음 →</span>
      )}
    </nav>
  );
}
