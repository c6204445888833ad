type Props = { tags: string[] };

export function TagList({ tags }: Props) {
  if (tags.length === 0) return null;
  return (
    <div className="mt-10 border-t border-gray-200 pt-6">
      <h2 className="sr-only">태그</h2>
      <ul className="flex flex-wrap gap-2">
        {tags.map((tag) => (
          <li key={tag} className="rounded-full bg-gray-100 px-3 py-1 text-sm text-gray-700">
            {`#${tag}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
