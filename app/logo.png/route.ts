import { LOGO_SIZE } from "@/lib/seo/json-ld";
import { logoImageResponse } from "@/lib/seo/og-image";

// Depends only on the site name: rendered once at build time.
export const dynamic = "force-static";

export function GET() {
  return logoImageResponse(LOGO_SIZE);
}
