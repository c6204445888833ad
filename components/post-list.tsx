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
        <div className="post-list-lead">
          <ArticleCard post={lead} variant="lead" headingLevel="h2" showCategory={showCategory} />
        </div>
      )}
      <ul className="post-list">
        {rows.map((post) => (
          <li key={post.slug}>
            <ArticleCard post={post} variant="row" headingLevel="h2" showCategory={showCategory} />
          </li>
        ))}
      </ul>
    </div>
  );
}
