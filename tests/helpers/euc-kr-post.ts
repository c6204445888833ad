/**
 * A post as an old Windows tool saves Korean: EUC-KR, not UTF-8. Its title and body say
 * "한국어 기사입니다. 한국의 뉴스입니다" and "본문입니다"; enough Hangul for a detector to name
 * the encoding.
 */
const bytes = (hex: string) =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
const text = (value: string) => new TextEncoder().encode(value);

export const EUC_KR_POST = new Uint8Array([
  ...text("---\ntitle: "),
  ...bytes("c7d1b1b9beee20b1e2bbe7c0d4b4cfb4d92e20c7d1b1b9c0c720b4babdbac0d4b4cfb4d9"),
  ...text("\n---\n<p>"),
  ...bytes("babbb9aec0d4b4cfb4d9"),
  ...text("</p>\n"),
]);
