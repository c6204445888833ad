import Link from "next/link";

type Props = { tags: string[] };

/** The article's tags, each a search for the tag (there are no tag pages). */
export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="tags-heading" className="mt-10 border-t border-line pt-6">
      <h2 id="tags-heading" className="sr-only">
        태그
      </h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag}>
            <Link
              href={`/search?q=${encodeURIComponent(tag)}`}
              className="block rounded-full bg-paper-2 px-3 py-1 text-sm text-ink-2 hover:text-brand-ink hover:underline"
            >
              {`#${tag}`}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
