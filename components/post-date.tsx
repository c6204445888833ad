import { formatKoreanDate, toSeoulIsoString } from "@/lib/content/dates";

type Props = { date: Date; className?: string };

/** A date as Korean readers write it, in Seoul time, with a machine-readable `datetime`. */
export function PostDate({ date, className }: Props) {
  return (
    <time dateTime={toSeoulIsoString(date)} className={className}>
      {formatKoreanDate(date)}
    </time>
  );
}
