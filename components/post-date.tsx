import { formatKoreanDate, toSeoulIsoString } from "@/lib/content/dates";

type Props = { date: Date; className?: string };

/** A date as Korean readers write it, in Seoul time, with a machine-readable `datetime`. */
export function PostDate({ date, className }: Props) {
  return (
    <time
      dateTime={toSeoulIsoString(date)}
      // Only when set: `className={undefined}` still costs bytes in the RSC payload.
      {...(className ? { className } : {})}
    >
      {formatKoreanDate(date)}
    </time>
  );
}
