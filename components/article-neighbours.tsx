import Link from "next/link";
import type { Category, PostSummary } from "@/lib/content/types";
import type { CategoryNeighbours } from "@/lib/related";
import { paths } from "@/lib/urls";

type Props = { category?: Category; neighbours: CategoryNeighbours<PostSummary> };

/** "이전 기사 / 다음 기사" in the article's section: older on the left, newer on the right. */
export function ArticleNeighbours({ category, neighbours }: Props) {
  const { older, newer } = neighbours;
  if (!category || (!older && !newer)) return null;
  const cell = "block h-full rounded-md border border-line p-4 hover:border-ink-2";
  return (
    <nav aria-label={`${category.name} 이전·다음 기사`} className="mt-10 grid gap-3 sm:grid-cols-2">
      {older ? (
        <Link href={paths.article(older.slug)} rel="prev" className={cell}>
          <span className="block text-[13px] font-bold text-muted">← 이전 기사</span>
          <span className="mt-1 block font-bold leading-snug">{older.title}</span>
        </Link>
      ) : (
        <span className="hidden sm:block" />
      )}
      {newer && (
        <Link href={paths.article(newer.slug)} rel="next" className={`${cell} sm:text-right`}>
          <span className="block text-[13px] font-bold text-muted">다음 기사 →</span>
          <span className="mt-1 block font-bold leading-snug">{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}
