import { feedResponse } from "@/lib/seo/responses";

// Re-rendered at most every 30 s on request, like the lists it mirrors.
export const revalidate = 30;

export function GET() {
  return feedResponse("rss");
}
