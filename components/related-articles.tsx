import type { PostSummary } from "@/lib/content/types";
import { ArticleCard } from "./article-card";

type Props = { posts: PostSummary[] };

/** Stories sharing a section or a tag with this one, newest first (lib/related.ts). */
export function RelatedArticles({ posts }: Props) {
  if (posts.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related no-print">
      <h2 id="related-heading">관련 기사</h2>
      <ul>
        {posts.map((post) => (
          <li key={post.slug}>
            <ArticleCard post={post} variant="grid" />
          </li>
        ))}
      </ul>
    </section>
  );
}
