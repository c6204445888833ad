import Link from "next/link";

type Props = { tags: string[] };

/** The article's tags, each a search for the tag (there are no tag pages). */
export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="tags-heading" className="tag-list">
      <h2 id="tags-heading" className="sr-only">
        태그
      </h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag}>
            <Link href={`/search?q=${encodeURIComponent(tag)}`}>{`#${tag}`}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
