import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { ListPage } from "@/components/list-page";
import { listCategories } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/metadata";
import { categoryPage, laterPageParams } from "@/lib/page-data";
import { breadcrumbJsonLd, categoryBreadcrumbs, listJsonLd } from "@/lib/seo/json-ld";
import { ogImagePaths } from "@/lib/seo/urls";
import { siteConfig } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Lists change when a post is added, changed or deleted on the server, or a scheduled time
// arrives: re-rendered at most every 30 s on request (docs/EDITING.md).
export const revalidate = 30;

type Props = { params: Promise<{ category: string; page: string }> };

export function generateStaticParams() {
  return listCategories().flatMap((category) =>
    laterPageParams(category.count, siteConfig.postsPerPage).map(({ page }) => ({
      category: category.slug,
      page,
    })),
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const raw = await params;
  const { category, page } = categoryPage(raw.category, raw.page);
  return pageMetadata({
    title: `${category.name} ${page.page}쪽`,
    description: `${category.name} 분야의 기사 ${page.page}쪽`,
    path: paths.category(category.slug, page.page),
    category,
    image: { path: ogImagePaths.category(category.slug), alt: `${category.name} 최신 뉴스` },
  });
}

export default async function CategoryListPage({ params }: Props) {
  const raw = await params;
  const { category, page } = categoryPage(raw.category, raw.page);
  const name = `${category.name} ${page.page}쪽`;
  const path = paths.category(category.slug, page.page);
  return (
    <>
      <JsonLd data={breadcrumbJsonLd(categoryBreadcrumbs(category))} />
      <JsonLd data={listJsonLd({ name, path, page })} />
      <ListPage
        heading={category.name}
        showCategory={false}
        page={page}
        hrefFor={(n) => paths.category(category.slug, n)}
      />
    </>
  );
}
