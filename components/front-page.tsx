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
 * Styled by `.front-top` and the classes after it in app/globals.css.
 */
export function FrontPage({ heading, front }: Props) {
  const { lead, top, latest, sections, page } = front;
  return (
    <div className="page-wide">
      <h1 className="sr-only">{heading}</h1>
      <div {...(latest.length > 0 ? { className: "front-top" } : {})}>
        <section aria-labelledby="top-stories">
          <h2 id="top-stories" className="sr-only">
            주요 뉴스
          </h2>
          {lead && <ArticleCard post={lead} variant="lead" />}
          {top.length > 0 && (
            <ul className="front-grid">
              {top.map((post) => (
                <li key={post.slug}>
                  <ArticleCard post={post} variant="grid" />
                </li>
              ))}
            </ul>
          )}
        </section>
        {latest.length > 0 && (
          <section aria-labelledby="latest-stories" className="front-latest">
            <h2 id="latest-stories">최신 기사</h2>
            <ol>
              {latest.map((post) => (
                <li key={post.slug}>
                  <h3>
                    <Link href={paths.article(post.slug)}>{post.title}</Link>
                  </h3>
                  <p>
                    {post.categories[0] ? <span>{post.categories[0].name} · </span> : null}
                    <PostDate date={post.date} />
                  </p>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>

      {sections.length > 0 && (
        <div className="front-sections">
          {sections.map(({ category, posts }, index) => {
            const [first, ...others] = posts;
            const id = `front-section-${index}`;
            return (
              <section key={category.slug} aria-labelledby={id} className="front-section">
                <h2 id={id}>
                  <Link href={paths.category(category.slug)}>{category.name}</Link>
                </h2>
                {first && (
                  <div>
                    <ArticleCard post={first} variant="grid" showCategory={false} />
                  </div>
                )}
                {others.length > 0 && (
                  <ul>
                    {others.map((post) => (
                      <li key={post.slug}>
                        <ArticleCard post={post} variant="compact" showCategory={false} />
                      </li>
                    ))}
                  </ul>
                )}
                <p>
                  <Link href={paths.category(category.slug)}>
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
