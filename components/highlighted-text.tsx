import type { Segment } from "@/lib/search/highlight";

/** Text with the search's matches in <mark>. Segments are text: React escapes them. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.hit ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
