"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "light" | "dark";

function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : null;
  } catch {
    return null;
  }
}

const systemTheme = (): Theme =>
  window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";

function applyTheme(theme: Theme) {
  document.documentElement.classList.toggle("dark", theme === "dark");
  document.documentElement.classList.toggle("light", theme === "light");
}

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains("dark");

/**
 * Switches between light and dark. The choice is saved only when it differs from the system
 * setting, so choosing the system's own theme again means "follow the system" from then on.
 * Hidden until the head script marks the page `js` (`.theme-toggle` in app/globals.css):
 * without JavaScript it could do nothing, and the system setting applies through CSS.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  // The head script normally did this already and it changes nothing. It matters where that
  // script never ran as part of the HTML: a 404 thrown by a page, which Next.js renders on the
  // client, and development, where React's strict-mode remount resets <html>'s classes.
  useLayoutEffect(() => {
    document.documentElement.classList.add("js");
    applyTheme(storedTheme() ?? systemTheme());
  }, []);

  function toggle() {
    const next: Theme = isDark() ? "light" : "dark";
    try {
      if (next === systemTheme()) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be blocked (private mode): the switch still works for this page.
    }
    applyTheme(next);
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      title={dark ? "밝은 화면으로" : "어두운 화면으로"}
      className="icon-button theme-toggle"
    >
      <span className="sr-only">어두운 화면</span>
      {/* The icon follows the theme through CSS, so it is right before hydration too. */}
      <svg aria-hidden="true" viewBox="0 0 24 24" className="icon dark:hidden">
        <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5Z" strokeLinejoin="round" />
      </svg>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="icon hidden dark:block">
        <circle cx="12" cy="12" r="4" />
        <path
          d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
