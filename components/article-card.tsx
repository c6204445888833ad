import Link from "next/link";
import type { PostSummary } from "@/lib/content/types";
import { paths } from "@/lib/urls";
import { PostDate } from "./post-date";
import { StoryImage } from "./story-image";

export type CardVariant = "lead" | "grid" | "row" | "compact";

type Props = {
  post: PostSummary;
  variant?: CardVariant;
  headingLevel?: "h2" | "h3";
  /** Show the category above the headline (off inside a category's own section). */
  showCategory?: boolean;
};

const headlineClass: Record<CardVariant, string> = {
  lead: "text-[1.625rem] leading-[1.3] sm:text-[2rem] lg:text-[2.25rem]",
  grid: "text-lg leading-snug sm:text-[1.1875rem]",
  row: "text-lg leading-snug sm:text-xl",
  compact: "text-base leading-snug sm:text-[17px]",
};

/**
 * One story in a list. The headline's link is the story's one link (the picture is
 * decorative next to it), and the heading contains the link directly.
 */
export function ArticleCard({
  post,
  variant = "row",
  headingLevel = "h3",
  showCategory = true,
}: Props) {
  const Heading = headingLevel;
  const category = showCategory ? post.categories[0] : undefined;
  const image = post.image && variant !== "compact" ? post.image : undefined;
  const layout: Record<CardVariant, string> = {
    lead: "grid gap-4 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] md:gap-6",
    // A phone shows a row with a thumbnail; wider screens a card with the picture on top.
    grid: "flex gap-4 sm:flex-col sm:gap-3",
    row: "flex gap-4",
    compact: "",
  };
  return (
    <article className={`group relative ${layout[variant]}`}>
      {image && (
        <StoryImage
          src={image}
          alt={post.imageAlt}
          eager={variant === "lead"}
          className={
            variant === "lead"
              ? "aspect-[16/9] w-full rounded-md"
              : variant === "grid"
                ? "order-last aspect-[4/3] w-28 shrink-0 rounded sm:order-first sm:aspect-[16/10] sm:w-full"
                : "order-last aspect-[4/3] w-28 shrink-0 rounded sm:w-40"
          }
        />
      )}
      <div className="min-w-0 flex-1">
        {category && (
          <p className="mb-1 text-[13px] font-bold tracking-tight text-brand-ink">
            {category.name}
          </p>
        )}
        <Heading className={`font-bold tracking-[-0.02em] text-ink ${headlineClass[variant]}`}>
          <Link href={paths.article(post.slug)} className="hover:underline">
            {post.title}
          </Link>
        </Heading>
        {variant !== "compact" && post.excerpt && (
          <p
            className={
              variant === "lead"
                ? "mt-3 text-base leading-relaxed text-ink-2 sm:text-[17px]"
                : `mt-1.5 line-clamp-2 text-[15px] leading-relaxed text-muted ${variant === "grid" ? "max-sm:hidden" : ""}`
            }
          >
            {post.excerpt}
          </p>
        )}
        <PostDate date={post.date} className="mt-2 block text-[13px] text-muted" />
      </div>
    </article>
  );
}
