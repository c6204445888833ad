import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { ListPage } from "@/components/list-page";
import { listCategories } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/metadata";
import { categoryPage } from "@/lib/page-data";
import { breadcrumbJsonLd, categoryBreadcrumbs, listJsonLd } from "@/lib/seo/json-ld";
import { paths } from "@/lib/urls";

// Lists change when a post is added, changed or deleted on the server, or a scheduled time
// arrives: re-rendered at most every 30 s on request (docs/EDITING.md).
export const revalidate = 30;

type Props = { params: Promise<{ category: string }> };

export function generateStaticParams() {
  return listCategories().map((category) => ({ category: category.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category } = categoryPage((await params).category);
  return pageMetadata({
    title: category.name,
    description: `${category.name} 분야의 최신 기사`,
    path: paths.category(category.slug),
    category,
  });
}

export default async function CategoryPage({ params }: Props) {
  const { category, page } = categoryPage((await params).category);
  const path = paths.category(category.slug);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(categoryBreadcrumbs(category))} />
      <JsonLd data={listJsonLd({ name: category.name, path, page })} />
      <ListPage
        heading={category.name}
        showCategory={false}
        page={page}
        hrefFor={(n) => paths.category(category.slug, n)}
      />
    </>
  );
}
