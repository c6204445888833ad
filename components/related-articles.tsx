import type { PostSummary } from "@/lib/content/types";
import { ArticleCard } from "./article-card";

type Props = { posts: PostSummary[] };

/** Stories sharing a section or a tag with this one, newest first (lib/related.ts). */
export function RelatedArticles({ posts }: Props) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="no-print mt-14">
      <h2
        id="related-heading"
        className="border-b-2 border-ink pb-2 text-xl font-bold tracking-tight"
      >
        관련 기사
      </h2>
      <ul className="mt-5 grid gap-6 sm:grid-cols-2">
        {posts.map((post) => (
          <li key={post.slug}>
            <ArticleCard post={post} variant="grid" />
          </li>
        ))}
      </ul>
    </section>
  );
}
