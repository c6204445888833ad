import { getPublishedPost } from "./content/queries";
import { findCategoryPage, findHomePage } from "./page-data";

/**
 * Whether a path has the shape of an article or list page that does not exist. proxy.ts sends
 * those to the site's not-found page before routing: a page that calls `notFound()` itself gets
 * a 404 whose HTML body is empty until JavaScript runs (vercel/next.js#62228), and readers
 * without JavaScript must see the not-found page too. Other paths are left to the router.
 */
export function isMissingRoute(pathname: string): boolean {
  const segments = pathname.split("/").slice(1);
  const [section, first, second, third] = segments;
  if (section === "articles" && segments.length === 2 && first) return !getPublishedPost(first);
  if (section === "page" && segments.length === 2 && first) return findHomePage(first) === null;
  if (section === "category" && first) {
    if (segments.length === 2) return findCategoryPage(first) === null;
    if (segments.length === 4 && second === "page" && third) {
      return findCategoryPage(first, third) === null;
    }
  }
  return false;
}
