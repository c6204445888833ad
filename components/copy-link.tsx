"use client";

import { useState, type MouseEvent } from "react";

type Props = { url: string; className?: string };

/**
 * "링크 복사". Without JavaScript it is a link to the article's own address, which a reader can
 * long-press or right-click to copy; with JavaScript a click copies the address and says so.
 */
export function CopyLink({ url, className }: Props) {
  const [copied, setCopied] = useState(false);

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    if (!navigator.clipboard) return;
    event.preventDefault();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Permission refused: fall back to following the link, as without JavaScript.
      window.location.href = url;
    }
  }

  return (
    <>
      <a href={url} onClick={copy} className={className}>
        {copied ? "복사했습니다" : "링크 복사"}
      </a>
      <span role="status" className="sr-only">
        {copied ? "기사 주소를 복사했습니다" : ""}
      </span>
    </>
  );
}
