/**
 * How much of the archive a build renders ahead of time. Readers and crawlers mostly ask for
 * recent articles and the first pages of lists, so those are prerendered; the long tail is
 * rendered on its first request and then cached like a prerendered page. This keeps build time
 * bounded as the archive grows (see docs/PERFORMANCE.md).
 */
export const PRERENDER_LIMITS = {
  articles: Number(process.env.PRERENDER_ARTICLES ?? 100),
  listPages: Number(process.env.PRERENDER_LIST_PAGES ?? 3),
};
