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

/** Section, headline, dek, then the byline: author, 입력/수정 times in Seoul time, reading time. */
export function ArticleHeader({ post }: Props) {
  return (
    <header>
      {post.categories.length > 0 && (
        <ul className="flex flex-wrap gap-x-3 text-[15px] font-bold text-brand-ink">
          {post.categories.map((category) => (
            <li key={category.slug}>
              <Link href={paths.category(category.slug)} className="hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h1 className="mt-2 text-[1.75rem] font-bold leading-[1.3] tracking-[-0.03em] sm:text-[2.25rem] lg:text-[2.5rem]">
        {post.title}
      </h1>
      {post.featureText && (
        <p className="mt-4 border-l-[3px] border-line-strong pl-4 text-lg leading-relaxed text-ink-2 sm:text-xl">
          {post.featureText}
        </p>
      )}
      <div className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-1 border-y border-line py-3 text-sm text-muted">
        {post.author && <span className="font-bold text-ink-2">{post.author}</span>}
        <span>
          입력 <SeoulTime date={post.date} />
        </span>
        {post.updated && (
          <span>
            수정 <SeoulTime date={post.updated} />
          </span>
        )}
        <span>{post.readingMinutes}분 읽기</span>
      </div>
    </header>
  );
}
