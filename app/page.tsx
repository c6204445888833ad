import type { Metadata } from "next";
import { JsonLd } from "@/components/json-ld";
import { FrontPage } from "@/components/front-page";
import { listCategories, listPublishedPosts } from "@/lib/content/queries";
import { buildFrontPage } from "@/lib/front-page";
import { pageMetadata } from "@/lib/metadata";
import { homePage } from "@/lib/page-data";
import { listJsonLd, webSiteJsonLd } from "@/lib/seo/json-ld";
import { siteConfig } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Lists change when a post is added, changed or deleted on the server, or a scheduled time
// arrives: re-rendered at most every 30 s on request (docs/EDITING.md).
export const revalidate = 30;

export const metadata: Metadata = pageMetadata({ path: paths.home() });

export default function HomePage() {
  const page = homePage();
  return (
    <>
      <JsonLd data={webSiteJsonLd()} />
      <JsonLd data={listJsonLd({ name: siteConfig.name, path: paths.home(), page })} />
      <FrontPage
        heading={`${siteConfig.name} 최신 뉴스`}
        front={buildFrontPage(page, listPublishedPosts(), listCategories())}
      />
    </>
  );
}
