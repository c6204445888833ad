import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { MobileMenu } from "./mobile-menu";
import { SearchForm } from "./search-form";
import { ThemeToggle } from "./theme-toggle";

type Props = { siteName: string; categories: Category[] };

/**
 * Masthead, search and sections. Wide screens get the section bar and an inline search box;
 * phones get a menu button built on <details>, which opens and closes without JavaScript,
 * and opens `.site-menu`: a panel with a search box and the same section links, which CSS
 * shows as the section bar on wide screens. Styled by `.site-header` and the classes after
 * it in app/globals.css.
 */
export function SiteHeader({ siteName, categories }: Props) {
  return (
    <header className="site-header">
      <div className="site-bar">
        <Link href={paths.home()} className="site-logo">
          {siteName}
        </Link>
        <SearchForm id="header-search" className="hidden md:block" />
        <Link href="/search" className="icon-button md:hidden">
          <svg aria-hidden="true" viewBox="0 0 24 24" className="icon">
            <circle cx="11" cy="11" r="7" />
            <path d="m20 20-3.5-3.5" strokeLinecap="round" />
          </svg>
          <span className="sr-only">기사 검색</span>
        </Link>
        <ThemeToggle />
        <MobileMenu />
      </div>
      <div className="site-menu">
        <SearchForm id="menu-search" className="mb-5 md:hidden" />
        <nav aria-label="분야">
          <ul>
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={paths.category(category.slug)}>{category.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
