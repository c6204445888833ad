import chardet from "chardet";

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a post file as UTF-8 (with or without a byte-order mark) and normalizes CRLF and CR
 * line ends to LF, so line numbers in errors match what the editor sees.
 */
export function decodePostBytes(bytes: Uint8Array): DecodeResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    const guess = chardet.detect(bytes);
    const looksLike = guess ? `; it looks like ${describeEncoding(guess)}` : "";
    return {
      ok: false,
      message: `file is not UTF-8${looksLike}. Save it as UTF-8 and deploy again`,
    };
  }
  return { ok: true, text: text.replace(/\r\n?/g, "\n") };
}

function describeEncoding(name: string): string {
  // Korean exports from old Windows tools are EUC-KR or its superset CP949.
  return /euc-kr|ks_c|cp949|windows-949/i.test(name) ? "EUC-KR/CP949" : name;
}
