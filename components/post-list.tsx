import type { PostSummary } from "@/lib/content/types";
import { ArticleCard } from "./article-card";

type Props = { posts: PostSummary[]; leadFirst?: boolean; showCategory?: boolean };

/** A page of stories: optionally a lead story, then rows separated by rules. */
export function PostList({ posts, leadFirst = false, showCategory = true }: Props) {
  const [lead, ...rest] = posts;
  const rows = leadFirst ? rest : posts;
  return (
    <div>
      {leadFirst && lead && (
        <div className="border-b border-line pb-8">
          <ArticleCard post={lead} variant="lead" headingLevel="h2" showCategory={showCategory} />
        </div>
      )}
      <ul className="divide-y divide-line">
        {rows.map((post) => (
          <li key={post.slug} className="py-5">
            <ArticleCard post={post} variant="row" headingLevel="h2" showCategory={showCategory} />
          </li>
        ))}
      </ul>
    </div>
  );
}
