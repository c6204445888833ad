import Link from "next/link";
import type { PostSummary } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { PostDate } from "./post-date";

type Props = { post: PostSummary; variant?: "lead" | "list"; headingLevel?: "h2" | "h3" };

/** One story in a list: the lead story gets its picture, the rest a compact row. */
export function ArticleCard({ post, variant = "list", headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const category = post.categories[0];
  const isLead = variant === "lead";
  return (
    <article className={isLead ? "grid gap-5 md:grid-cols-2" : "flex gap-4 py-5"}>
      {post.image && (
        // Remote editor images have unknown sizes and hosts: a plain lazy <img> is the honest choice.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={post.image}
          alt={post.imageAlt}
          loading={isLead ? "eager" : "lazy"}
          decoding="async"
          className={
            isLead
              ? "aspect-[16/9] w-full rounded bg-gray-100 object-cover"
              : "order-last aspect-[4/3] w-28 shrink-0 rounded bg-gray-100 object-cover sm:w-40"
          }
        />
      )}
      <div className="min-w-0 flex-1">
        {category && <p className="text-sm font-bold text-brand">{category.name}</p>}
        <Heading
          className={
            isLead ? "mt-1 text-3xl font-bold leading-snug" : "mt-1 text-xl font-bold leading-snug"
          }
        >
          <Link href={paths.article(post.slug)} className="hover:underline">
            {post.title}
          </Link>
        </Heading>
        <p className={isLead ? "mt-3 text-lg text-gray-700" : "mt-2 line-clamp-2 text-gray-700"}>
          {post.excerpt}
        </p>
        <PostDate date={post.date} className="mt-2 block text-sm text-gray-600" />
      </div>
    </article>
  );
}
