import Link from "next/link";
import { formatKoreanDate, formatKoreanDateTime, toSeoulIsoString } from "@/lib/content/dates";
import type { PostSummary } from "@/lib/content/types";
import { paths } from "@/lib/urls";

type Props = { post: PostSummary };

/**
 * `2026년 11월 20일 09:30` in Seoul time. A post dated by day only is stored at midnight
 * Seoul time: it shows the day alone rather than a made-up "00:00".
 */
function SeoulTime({ date }: { date: Date }) {
  const iso = toSeoulIsoString(date);
  const dayOnly = iso.includes("T00:00:00");
  return (
    <time dateTime={iso}>{dayOnly ? formatKoreanDate(date) : formatKoreanDateTime(date)}</time>
  );
}

/**
 * Section, headline, dek, then the byline: author, 입력/수정 times in Seoul time, reading time.
 * Styled by `.article-header` and `.byline` in app/globals.css.
 */
export function ArticleHeader({ post }: Props) {
  return (
    <header className="article-header">
      {post.categories.length > 0 && (
        <ul>
          {post.categories.map((category) => (
            <li key={category.slug}>
              <Link href={paths.category(category.slug)}>{category.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <h1>{post.title}</h1>
      {post.featureText && <p>{post.featureText}</p>}
      <div className="byline">
        {post.author && <span className="byline-author">{post.author}</span>}
        <span>
          입력 <SeoulTime date={post.date} />
        </span>
        {post.updated && (
          <span>
            수정 <SeoulTime date={post.updated} />
          </span>
        )}
        <span>{`${post.readingMinutes}분 읽기`}</span>
      </div>
    </header>
  );
}
