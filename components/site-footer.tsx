import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";

type Props = { siteName: string; description: string; categories: Category[] };

/** Styled by `.site-footer` in app/globals.css. */
export function SiteFooter({ siteName, description, categories }: Props) {
  return (
    <footer className="site-footer">
      <div>
        <div>
          <p className="site-footer-name">{siteName}</p>
          <p className="site-footer-about">{description}</p>
        </div>
        <ul aria-label="분야 바로가기">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={paths.category(category.slug)}>{category.name}</Link>
            </li>
          ))}
          <li>
            <Link href="/search">기사 검색</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
