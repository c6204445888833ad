import { newsSitemapResponse } from "@/lib/seo/responses";

// The 48-hour window moves with the clock, so this is never cached.
export const dynamic = "force-dynamic";

export function GET() {
  return newsSitemapResponse();
}
