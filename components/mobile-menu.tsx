import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { CloseOnNavigate } from "./close-on-navigate";
import { SearchForm } from "./search-form";

type Props = { categories: Category[] };

/**
 * The phone menu: a <details> element, so it opens and closes without JavaScript and screen
 * readers announce it as expanded or collapsed. Hidden on wide screens, where the section bar
 * shows instead.
 */
export function MobileMenu({ categories }: Props) {
  return (
    <details id="site-menu" className="group md:hidden">
      <summary className="inline-flex h-10 cursor-pointer list-none items-center gap-1.5 rounded-full px-3 font-bold text-ink-2 hover:bg-paper-2 [&::-webkit-details-marker]:hidden">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 fill-none stroke-current stroke-2"
        >
          <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" className="group-open:hidden" />
          <path
            d="m6 6 12 12M18 6 6 18"
            strokeLinecap="round"
            className="hidden group-open:block"
          />
        </svg>
        메뉴
      </summary>
      <div className="absolute inset-x-0 top-full z-40 border-b border-line bg-paper px-4 pb-6 pt-4 shadow-lg">
        <SearchForm id="menu-search" className="mb-5" />
        <nav aria-label="분야">
          <ul className="grid grid-cols-2 gap-2 text-[17px] font-bold min-[400px]:grid-cols-3">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link
                  href={paths.category(category.slug)}
                  className="block rounded-md bg-paper-2 px-3 py-2.5 text-ink hover:text-brand-ink"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <CloseOnNavigate detailsId="site-menu" />
    </details>
  );
}
