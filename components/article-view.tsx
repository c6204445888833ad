import { preload } from "react-dom";
import type { Post, PostBody, PostSummary } from "@/lib/content/types";
import type { CategoryNeighbours } from "@/lib/related";
import { ArticleBody } from "./article-body";
import { ArticleHeader } from "./article-header";
import { ArticleNeighbours } from "./article-neighbours";
import { RelatedArticles } from "./related-articles";
import { ShareLinks } from "./share-links";
import { StoryImage } from "./story-image";
import { TableOfContents, wantsTableOfContents } from "./table-of-contents";
import { TagList } from "./tag-list";

type Props = {
  post: Post;
  body: PostBody;
  related: PostSummary[];
  neighbours: CategoryNeighbours<PostSummary>;
};

/**
 * An article: header, picture, then the body in a reading column of about 35 Hangul
 * characters a line, with the table of contents beside it on wide screens and above it on
 * phones; then tags, sharing, the section's previous/next and related stories.
 */
export function ArticleView({ post, body, related, neighbours }: Props) {
  const toc = wantsTableOfContents(body.headings, post);
  // The editor's feature photo usually opens the body, where the sanitizer made it lazy like
  // every body image; it is the largest thing on the first screen, so fetch it at once.
  if (post.image && post.imageInBody) preload(post.image, { as: "image", fetchPriority: "high" });
  return (
    <>
      <div className="max-w-[46rem]">
        <ArticleHeader post={post} />
        {post.image && !post.imageInBody && (
          <figure className="mt-8">
            <StoryImage
              src={post.image}
              alt={post.imageAlt}
              eager
              className="h-auto w-full rounded-md"
            />
          </figure>
        )}
      </div>
      <div className={toc ? "lg:grid lg:grid-cols-[minmax(0,42rem)_15rem] lg:gap-16" : ""}>
        {toc && (
          <aside className="mt-8 lg:col-start-2 lg:row-start-1 lg:mt-10">
            <div className="lg:sticky lg:top-6">
              <TableOfContents headings={body.headings} />
            </div>
          </aside>
        )}
        <div className="min-w-0 max-w-[42rem] lg:col-start-1 lg:row-start-1">
          <div className="mt-8">
            <ArticleBody html={body.html} />
          </div>
          <TagList tags={post.tags} />
          <ShareLinks post={post} />
          <ArticleNeighbours category={post.categories[0]} neighbours={neighbours} />
          <RelatedArticles posts={related} />
        </div>
      </div>
    </>
  );
}
