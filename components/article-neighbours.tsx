import Link from "next/link";
import type { Category, PostSummary } from "@/lib/content/types";
import type { CategoryNeighbours } from "@/lib/related";
import { paths } from "@/lib/urls";

type Props = { category?: Category; neighbours: CategoryNeighbours<PostSummary> };

/**
 * "이전 기사 / 다음 기사" in the article's section: older on the left, newer on the right.
 * Styled by `.neighbours` in app/globals.css.
 */
export function ArticleNeighbours({ category, neighbours }: Props) {
  const { older, newer } = neighbours;
  if (!category || (!older && !newer)) return null;
  return (
    <nav aria-label={`${category.name} 이전·다음 기사`} className="neighbours">
      {older ? (
        <Link href={paths.article(older.slug)} rel="prev">
          <span>← 이전 기사</span>
          <span>{older.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {newer && (
        <Link href={paths.article(newer.slug)} rel="next">
          <span>다음 기사 →</span>
          <span>{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}
