import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { ListPage } from "@/components/list-page";
import { listPublishedPosts } from "@/lib/content/queries";
import { pageMetadata } from "@/lib/metadata";
import { homePage, laterPageParams } from "@/lib/page-data";
import { listJsonLd } from "@/lib/seo/json-ld";
import { ogImagePaths } from "@/lib/seo/urls";
import { siteConfig } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Lists change when a post is added, changed or deleted on the server, or a scheduled time
// arrives: re-rendered at most every 30 s on request (docs/EDITING.md).
export const revalidate = 30;

type Props = { params: Promise<{ page: string }> };

export function generateStaticParams() {
  return laterPageParams(listPublishedPosts().length, siteConfig.postsPerPage);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = homePage((await params).page);
  return pageMetadata({
    title: `최신 뉴스 ${page}쪽`,
    path: paths.home(page),
    image: { path: ogImagePaths.home, alt: siteConfig.name },
  });
}

export default async function HomeListPage({ params }: Props) {
  const page = homePage((await params).page);
  return (
    <>
      <JsonLd
        data={listJsonLd({ name: `최신 뉴스 ${page.page}쪽`, path: paths.home(page.page), page })}
      />
      <ListPage heading="최신 뉴스" page={page} hrefFor={paths.home} />
    </>
  );
}
