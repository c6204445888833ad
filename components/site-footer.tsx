import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";

type Props = { siteName: string; description: string; categories: Category[] };

export function SiteFooter({ siteName, description, categories }: Props) {
  return (
    <footer data-site-footer className="mt-16 border-t border-line bg-paper-2">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-10 text-sm text-muted md:grid-cols-[1fr_auto]">
        <div>
          <p className="text-lg font-bold text-ink">{siteName}</p>
          <p className="mt-1 max-w-md leading-relaxed">{description}</p>
        </div>
        <ul className="flex flex-wrap gap-x-4 gap-y-2" aria-label="분야 바로가기">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={paths.category(category.slug)} className="hover:text-ink hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/search" className="hover:text-ink hover:underline">
              기사 검색
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
