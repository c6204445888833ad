import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ThemeScript } from "@/components/theme-script";
import { listCategories } from "@/lib/content/queries";
import { rootMetadata } from "@/lib/metadata";
import { siteConfig } from "@/lib/site-config";
import { pretendard } from "./fonts";
import "./globals.css";

export const metadata: Metadata = rootMetadata();

export const viewport: Viewport = {
  // The browser's own chrome (address bar on Android) matches the page in either theme.
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#121212" },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const categories = listCategories();
  return (
    // The head script adds `dark`/`light` and `js` to <html> before React hydrates: the
    // mismatch is intended, so React keeps the DOM's classes.
    <html lang={siteConfig.lang} className={pretendard.variable} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>
        <a href="#main" className="skip-link">
          본문 바로가기
        </a>
        <SiteHeader siteName={siteConfig.name} categories={categories} />
        <main id="main" tabIndex={-1} className="site-main">
          {children}
        </main>
        <SiteFooter
          siteName={siteConfig.name}
          description={siteConfig.description}
          categories={categories}
        />
      </body>
    </html>
  );
}
