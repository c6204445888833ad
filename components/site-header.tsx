import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { MobileMenu } from "./mobile-menu";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle";

type Props = { siteName: string; categories: Category[] };

/**
 * Masthead, search and sections. Wide screens get the section bar and an inline search box;
 * phones get a menu built on <details>, which opens and closes without JavaScript.
 */
export function SiteHeader({ siteName, categories }: Props) {
  return (
    <header data-site-header className="relative border-b border-line bg-paper">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-2 px-4 sm:h-16">
        <Link
          href={paths.home()}
          className="mr-auto text-[1.625rem] font-bold tracking-[-0.04em] text-brand-ink sm:text-3xl"
        >
          {siteName}
        </Link>
        <SearchForm id="header-search" className="hidden md:block" />
        <Link
          href="/search"
          className="inline-flex size-10 items-center justify-center rounded-full text-ink-2 hover:bg-paper-2 md:hidden"
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className="size-5 fill-none stroke-current stroke-2"
          >
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" strokeLinecap="round" />
          </svg>
          <span className="sr-only">기사 검색</span>
        </Link>
        <ThemeToggle />
        <MobileMenu categories={categories} />
      </div>
      <nav aria-label="분야" className="hidden border-t border-line md:block">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-[15px] font-bold">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link
                href={paths.category(category.slug)}
                className="block px-3 py-2.5 text-ink-2 hover:text-brand-ink hover:underline"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
