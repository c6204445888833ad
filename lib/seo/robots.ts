import type { MetadataRoute } from "next";
import { absoluteUrl } from "../urls";
import { seoPaths } from "./urls";

/** Everything public may be crawled; both sitemaps are named so crawlers need no console setup. */
export function robotsTxt(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/" }],
    sitemap: [absoluteUrl(seoPaths.sitemap), absoluteUrl(seoPaths.newsSitemap)],
  };
}
