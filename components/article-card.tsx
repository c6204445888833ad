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

/**
 * One story in a list. The headline's link is the story's one link (the picture is
 * decorative next to it), and the heading contains the link directly. Each variant's look is
 * `.card-<variant>` in app/globals.css; the elements inside carry no classes of their own,
 * which keeps a page of cards (sent as HTML and again in the RSC payload) small.
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
  // Absent parts are `null`, not `undefined` or `false`: the RSC payload spells those out.
  return (
    <article className={`card card-${variant}`}>
      {image ? <StoryImage src={image} alt={post.imageAlt} eager={variant === "lead"} /> : null}
      <div>
        {category ? <p className="card-kicker">{category.name}</p> : null}
        <Heading>
          <Link href={paths.article(post.slug)}>{post.title}</Link>
        </Heading>
        {variant !== "compact" && post.excerpt ? <p>{post.excerpt}</p> : null}
        <PostDate date={post.date} />
      </div>
    </article>
  );
}
