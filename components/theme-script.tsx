/** localStorage key of the reader's explicit choice; absent means "follow the system". */
export const THEME_STORAGE_KEY = "theme";

/**
 * Runs in <head> while the page is still being parsed, before anything is painted: marks <html>
 * `dark` or `light` from the saved choice or else the system setting (and follows the system
 * when it changes), and `js` so controls that need JavaScript can show. It must stay an inline
 * script: an external file would load too late to prevent a flash of the wrong theme. The CSP
 * allows inline scripts; it forbids inline event handlers, and this uses none.
 */
export const THEME_SCRIPT = `(function(){var d=document.documentElement,q=window.matchMedia("(prefers-color-scheme: dark)");function apply(){var t=null;try{t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch(e){}var dark=t==="dark"||(t!=="light"&&q.matches);d.classList.toggle("dark",dark);d.classList.toggle("light",!dark)}d.classList.add("js");apply();q.addEventListener("change",apply)})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
