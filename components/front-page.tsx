import Link from "next/link";
import type { FrontPage as FrontPageData } from "@/lib/front-page";
import { paths } from "@/lib/urls";
import { ArticleCard } from "./article-card";
import { Pagination } from "./pagination";
import { PostDate } from "./post-date";

type Props = { heading: string; front: FrontPageData };

/**
 * The front page: the lead story, the top stories in a grid beside a compact list of the
 * latest news, then a section per category, then the way to older news (/page/2).
 */
export function FrontPage({ heading, front }: Props) {
  const { lead, top, latest, sections, page } = front;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="sr-only">{heading}</h1>
      <div
        className={
          latest.length > 0 ? "grid gap-10 lg:grid-cols-[minmax(0,1fr)_19rem] lg:gap-10" : ""
        }
      >
        <section aria-labelledby="top-stories">
          <h2 id="top-stories" className="sr-only">
            주요 뉴스
          </h2>
          {lead && <ArticleCard post={lead} variant="lead" />}
          {top.length > 0 && (
            <ul className="mt-6 grid gap-5 border-t border-line pt-6 sm:grid-cols-2 sm:gap-x-6 sm:gap-y-8">
              {top.map((post) => (
                <li key={post.slug}>
                  <ArticleCard post={post} variant="grid" />
                </li>
              ))}
            </ul>
          )}
        </section>
        {latest.length > 0 && (
          <section aria-labelledby="latest-stories" className="lg:border-l lg:border-line lg:pl-8">
            <h2
              id="latest-stories"
              className="border-b-2 border-ink pb-2 text-lg font-bold tracking-tight"
            >
              최신 기사
            </h2>
            <ol className="divide-y divide-line">
              {latest.map((post) => (
                <li key={post.slug} className="py-3">
                  <h3 className="text-base font-bold leading-snug tracking-[-0.01em] sm:text-[17px]">
                    <Link href={paths.article(post.slug)} className="hover:underline">
                      {post.title}
                    </Link>
                  </h3>
                  <p className="mt-1 text-[13px] text-muted">
                    {post.categories[0] && (
                      <span className="font-bold text-brand-ink">{post.categories[0].name} · </span>
                    )}
                    <PostDate date={post.date} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>

      {sections.length > 0 && (
        <div className="mt-12 grid gap-x-8 gap-y-12 md:grid-cols-2 lg:grid-cols-3">
          {sections.map(({ category, posts }, index) => {
            const [first, ...others] = posts;
            const id = `front-section-${index}`;
            return (
              <section
                key={category.slug}
                aria-labelledby={id}
                className="border-t-2 border-ink pt-3"
              >
                <h2 id={id} className="text-xl font-bold tracking-tight">
                  <Link
                    href={paths.category(category.slug)}
                    className="hover:text-brand-ink hover:underline"
                  >
                    {category.name}
                  </Link>
                </h2>
                {first && (
                  <div className="mt-4">
                    <ArticleCard post={first} variant="grid" showCategory={false} />
                  </div>
                )}
                {others.length > 0 && (
                  <ul className="mt-4 divide-y divide-line border-t border-line">
                    {others.map((post) => (
                      <li key={post.slug} className="py-3">
                        <ArticleCard post={post} variant="compact" showCategory={false} />
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-3 text-right text-sm">
                  <Link
                    href={paths.category(category.slug)}
                    className="font-bold text-muted hover:text-ink hover:underline"
                  >
                    {category.name} 기사 더 보기<span aria-hidden="true"> →</span>
                  </Link>
                </p>
              </section>
            );
          })}
        </div>
      )}

      <Pagination
        page={page.page}
        totalPages={page.totalPages}
        hrefFor={paths.home}
        label="최신 기사 페이지"
      />
    </div>
  );
}
