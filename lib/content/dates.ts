import { TZDate } from "@date-fns/tz";

export const SITE_TIME_ZONE = "Asia/Seoul";

// ISO 8601 (`2024-06-03`, `2024-06-03T09:30`, `…T09:30:00+09:00`, `…Z`) and Jekyll's
// `2024-06-03 09:30:00 +0900`. Seconds and the zone are optional.
const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

export type DateParseResult = { ok: true; date: Date } | { ok: false; message: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a front matter or file name date; a time without a zone is in the site's zone. */
export function parsePostDate(value: string): DateParseResult {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) {
    return {
      ok: false,
      message: `cannot read date "${value}": use YYYY-MM-DD, ISO 8601 or "YYYY-MM-DD HH:MM:SS +0900"`,
    };
  }
  const [, y, mo, d, h = "0", mi = "0", s = "0", ms = "0", zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `impossible date "${value}": no such day in the calendar` };
  }
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `impossible time in "${value}"` };
  }
  const millis = Number(ms.padEnd(3, "0"));
  if (zone === undefined) {
    const local = new TZDate(year, month - 1, day, hour, minute, second, millis, SITE_TIME_ZONE);
    return { ok: true, date: new Date(local.getTime()) };
  }
  const offsetMinutes =
    zone === "Z"
      ? 0
      : (zone.startsWith("-") ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}

const koreanDate = new Intl.DateTimeFormat("ko-KR", {
  timeZone: SITE_TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
});

const koreanDateTime = new Intl.DateTimeFormat("ko-KR", {
  timeZone: SITE_TIME_ZONE,
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** `2024년 6월 3일`, in Seoul whatever the server's zone. */
export function formatKoreanDate(date: Date): string {
  return koreanDate.format(date);
}

/** `2024년 6월 3일 09:30`, in Seoul whatever the server's zone. */
export function formatKoreanDateTime(date: Date): string {
  return koreanDateTime.format(date);
}

/** `2024-06-03T09:30:00+09:00`: the site's offset, for `<time>`, feeds and structured data. */
export function toSeoulIsoString(date: Date): string {
  const seoul = new TZDate(date.getTime(), SITE_TIME_ZONE);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  const offset = -seoul.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  const abs = Math.abs(offset);
  return (
    `${pad(seoul.getFullYear(), 4)}-${pad(seoul.getMonth() + 1)}-${pad(seoul.getDate())}` +
    `T${pad(seoul.getHours())}:${pad(seoul.getMinutes())}:${pad(seoul.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
