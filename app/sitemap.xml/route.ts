import type { NextRequest } from "next/server";
import { sitemapResponse } from "@/lib/seo/responses";

// Built per request from the live content index: a new post is in it at once.
export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return sitemapResponse(request.nextUrl.searchParams.get("part"));
}
