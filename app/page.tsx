import type { Metadata } from "next";
import { ListPage } from "@/components/list-page";
import { pageMetadata } from "@/lib/metadata";
import { homePage } from "@/lib/page-data";
import { siteConfig } from "@/lib/site-config";
import { paths } from "@/lib/urls";

// Lists change when a post is added, changed or deleted on the server, or a scheduled time
// arrives: re-rendered at most every 30 s on request (docs/EDITING.md).
export const revalidate = 30;

export const metadata: Metadata = pageMetadata({ path: paths.home() });

export default function HomePage() {
  return (
    <ListPage
      heading={`${siteConfig.name} 최신 뉴스`}
      headingHidden
      page={homePage()}
      hrefFor={paths.home}
    />
  );
}
