import { NextResponse, type NextRequest } from "next/server";
import { getCategory, getPublishedPost } from "@/lib/content/queries";
import { isMissingRoute } from "@/lib/missing-route";
import { canonicalRedirectPath, httpDate } from "@/lib/seo/canonical";

const lookups = {
  articleExists: (slug: string) => getPublishedPost(slug) !== undefined,
  categoryExists: (slug: string) => getCategory(slug) !== undefined,
};

/**
 * One URL per article and category: other spellings answer 308 to the canonical one. Article
 * pages also get `Last-Modified` (their last substantive change), which prerendered pages lack.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // Next.js 16.4 answers 500 when it cannot percent-decode a dynamic segment (`/articles/%FF`,
  // vercel/next.js#92527). No post or page has such an address: it is a bad request.
  if (!isDecodable(pathname)) return new NextResponse("Bad Request", { status: 400 });
  const canonical = canonicalRedirectPath(pathname, lookups);
  if (canonical !== null) {
    return NextResponse.redirect(new URL(`${canonical}${search}`, request.url), 308);
  }
  // A page that does not exist is answered by the site's not-found page, rendered on the
  // server (see lib/missing-route.ts): the rewrite target matches no route.
  if (isMissingRoute(pathname)) return NextResponse.rewrite(new URL("/_missing", request.url));
  const slug = /^\/articles\/([^/]+)$/.exec(pathname)?.[1];
  const post = slug === undefined ? undefined : getPublishedPost(slug);
  if (!post) return NextResponse.next();
  const response = NextResponse.next();
  response.headers.set("Last-Modified", httpDate(post.updated ?? post.date));
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: ["/articles/:path*", "/category/:path*", "/page/:path*"],
};
