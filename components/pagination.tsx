import Link from "next/link";

type Props = {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label?: string;
};

/** Previous / next links plus the position, as plain links that work without JavaScript. */
export function Pagination({ page, totalPages, hrefFor, label = "페이지" }: Props) {
  if (totalPages <= 1) return null;
  const linkClass =
    "rounded-md border border-line-strong px-4 py-2 font-bold text-ink-2 hover:bg-paper-2 hover:text-ink";
  return (
    <nav aria-label={label} className="mt-10 flex items-center justify-center gap-4">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
          ← 이전
        </Link>
      ) : (
        <span aria-hidden="true" className="px-4 py-2 text-muted">
          ← 이전
        </span>
      )}
      <span className="text-muted" aria-current="page">
        {page} / {totalPages}
      </span>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          다음 →
        </Link>
      ) : (
        <span aria-hidden="true" className="px-4 py-2 text-muted">
          다음 →
        </span>
      )}
    </nav>
  );
}
