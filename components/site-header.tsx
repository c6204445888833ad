import Link from "next/link";
import type { Category } from "@/lib/content/types";
import { paths } from "@/lib/urls";

type Props = { siteName: string; categories: Category[] };

export function SiteHeader({ siteName, categories }: Props) {
  return (
    <header className="border-b border-gray-200">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-4">
        <Link href="/" className="text-2xl font-bold tracking-tight text-brand">
          {siteName}
        </Link>
        <nav aria-label="분야" className="-mx-1 overflow-x-auto">
          <ul className="flex gap-1 whitespace-nowrap text-[15px]">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link
                  href={paths.category(category.slug)}
                  className="block rounded px-2 py-1 hover:bg-gray-100"
                >
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
