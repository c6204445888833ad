import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { listCategories } from "@/lib/content/queries";
import { rootMetadata } from "@/lib/metadata";
import { siteConfig } from "@/lib/site-config";
import { pretendard } from "./fonts";
import "./globals.css";

export const metadata: Metadata = rootMetadata();

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.lang} className={pretendard.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2"
        >
          본문 바로가기
        </a>
        <SiteHeader siteName={siteConfig.name} categories={listCategories()} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter siteName={siteConfig.name} description={siteConfig.description} />
      </body>
    </html>
  );
}
