import Link from "next/link";
import type { PostSummary } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { PostDate } from "./post-date";

type Props = { post: PostSummary };

export function ArticleHeader({ post }: Props) {
  return (
    <header>
      {post.categories.length > 0 && (
        <ul className="flex flex-wrap gap-3 text-sm font-bold text-brand">
          {post.categories.map((category) => (
            <li key={category.slug}>
              <Link href={paths.category(category.slug)} className="hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">{post.title}</h1>
      {post.featureText && (
        <p className="mt-4 text-xl leading-relaxed text-gray-700">{post.featureText}</p>
      )}
      <p className="mt-4 flex flex-wrap gap-x-3 text-sm text-gray-600">
        {post.author && <span>{post.author}</span>}
        <span>
          입력 <PostDate date={post.date} />
        </span>
        {post.updated && (
          <span>
            수정 <PostDate date={post.updated} />
          </span>
        )}
        <span>{post.readingMinutes}분 읽기</span>
      </p>
    </header>
  );
}
