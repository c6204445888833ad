import type { PostSummary } from "@/lib/content/types";
import { ArticleCard } from "./article-card";

type Props = { posts: PostSummary[]; leadFirst?: boolean };

/** A page of stories: optionally a lead story, then rows separated by rules. */
export function PostList({ posts, leadFirst = false }: Props) {
  const [lead, ...rest] = posts;
  const rows = leadFirst ? rest : posts;
  return (
    <div>
      {leadFirst && lead && (
        <div className="border-b border-gray-200 pb-8">
          <ArticleCard post={lead} variant="lead" />
        </div>
      )}
      <ul className="divide-y divide-gray-200">
        {rows.map((post) => (
          <li key={post.slug}>
            <ArticleCard post={post} />
          </li>
        ))}
      </ul>
    </div>
  );
}
