import type { MetadataRoute } from "next";
import { robotsTxt } from "@/lib/seo/robots";

export default function robots(): MetadataRoute.Robots {
  return robotsTxt();
}
