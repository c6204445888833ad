"use client";

import { usePathname } from "next/navigation";
import { useEffect } from "react";

/**
 * Closes the <details> with this id when the page changes. With JavaScript, links navigate
 * without reloading the header, so an open phone menu would otherwise stay open over the new
 * page. Without JavaScript every link loads a fresh page with the menu closed.
 */
export function CloseOnNavigate({ detailsId }: { detailsId: string }) {
  const pathname = usePathname();
  useEffect(() => {
    document.getElementById(detailsId)?.removeAttribute("open");
  }, [pathname, detailsId]);
  return null;
}
