import { absoluteUrl, paths } from "@/lib/urls";
import type { PostSummary } from "@/lib/content/types";
import { CopyLink } from "./copy-link";

type Props = { post: Pick<PostSummary, "slug" | "title"> };

/**
 * Sharing by plain links: each service's own share address, so the page loads no third-party
 * script and sends nothing to anyone until the reader chooses to share.
 */
export function ShareLinks({ post }: Props) {
  const url = absoluteUrl(paths.article(post.slug));
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(post.title);
  const targets = [
    { name: "페이스북", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: "네이버", href: `https://share.naver.com/web/shareView?url=${u}&title=${t}` },
  ];
  const linkClass =
    "inline-flex items-center rounded-full border border-line-strong px-3.5 py-1.5 text-sm font-bold text-ink-2 hover:border-ink hover:text-ink";
  return (
    <section aria-labelledby="share-heading" className="no-print mt-8">
      <h2 id="share-heading" className="sr-only">
        기사 공유하기
      </h2>
      <ul className="flex flex-wrap gap-2">
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} target="_blank" rel="noopener noreferrer" className={linkClass}>
              {target.name}
              <span className="sr-only">에 공유 (새 창)</span>
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${t}&body=${u}`} className={linkClass}>
            이메일
          </a>
        </li>
        <li>
          <CopyLink url={url} className={linkClass} />
        </li>
      </ul>
    </section>
  );
}
