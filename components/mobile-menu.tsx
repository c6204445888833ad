import { CloseOnNavigate } from "./close-on-navigate";

/** The id of the phone menu's <details>; `.site-menu` in app/globals.css shows while it is open. */
export const MENU_ID = "menu-toggle";

/**
 * The phone menu's button: a <details> element, so it opens and closes without JavaScript and
 * screen readers announce it as expanded or collapsed. What it opens is the header's
 * `.site-menu` right after it (components/site-header.tsx), which on wide screens is the
 * section bar instead: one copy of the sections serves both, switched by CSS alone.
 */
export function MobileMenu() {
  return (
    <details id={MENU_ID} className="group md:hidden">
      <summary className="menu-button">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="icon">
          <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" className="group-open:hidden" />
          <path
            d="m6 6 12 12M18 6 6 18"
            strokeLinecap="round"
            className="hidden group-open:block"
          />
        </svg>
        메뉴
      </summary>
      <CloseOnNavigate detailsId={MENU_ID} />
    </details>
  );
}
