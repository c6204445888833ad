import { absoluteUrl, paths } from "@/lib/urls";
import type { PostSummary } from "@/lib/content/types";
import { CopyLink } from "./copy-link";

type Props = { post: Pick<PostSummary, "slug" | "title"> };

/**
 * Sharing by plain links: each service's own share address, so the page loads no third-party
 * script and sends nothing to anyone until the reader chooses to share. The links' look is
 * `.share-links a` in app/globals.css.
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
  return (
    <section aria-labelledby="share-heading" className="share-links no-print">
      <h2 id="share-heading" className="sr-only">
        기사 공유하기
      </h2>
      <ul>
        {targets.map((target) => (
          <li key={target.name}>
            <a href={target.href} target="_blank" rel="noopener noreferrer">
              {target.name}
              <span className="sr-only">에 공유 (새 창)</span>
            </a>
          </li>
        ))}
        <li>
          <a href={`mailto:?subject=${t}&body=${u}`}>이메일</a>
        </li>
        <li>
          <CopyLink url={url} />
        </li>
      </ul>
    </section>
  );
}
