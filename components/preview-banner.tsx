import { formatKoreanDateTime } from "@/lib/content/dates";
import type { PublicationStatus } from "@/lib/content/publish-rule";

type Props = { status: PublicationStatus; date: Date };

/**
 * Shown only in `next dev`, where drafts and scheduled posts are visible: an editor previewing
 * must never mistake them for what readers see.
 */
export function PreviewBanner({ status, date }: Props) {
  if (status === "published") return null;
  return (
    <p
      role="status"
      className="mb-6 rounded border-2 border-amber-500 bg-amber-50 px-4 py-3 font-bold text-amber-900"
    >
      {status === "draft"
        ? "초안(draft): 독자에게 보이지 않습니다. 발행하려면 draft 줄을 지우세요."
        : `예약 발행(scheduled): ${formatKoreanDateTime(date)}에 공개됩니다.`}
    </p>
  );
}
