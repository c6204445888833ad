"use client";

import { useLayoutEffect, useSyncExternalStore } from "react";
import { THEME_STORAGE_KEY } from "./theme-script";

type ThemeWindow = Window & { __applyTheme?: () => void };

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return () => observer.disconnect();
}

const isDark = () => document.documentElement.classList.contains("dark");

/**
 * Switches between light and dark. The choice is saved only when it differs from the system
 * setting, so choosing the system's own theme again means "follow the system" from then on.
 * Hidden until the head script marks the page `js`: without JavaScript it could do nothing,
 * and the system setting applies through CSS.
 */
export function ThemeToggle() {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);

  // In development React's strict-mode remount resets <html>'s classes; put them back before
  // paint. In production the head script has already done this and it changes nothing.
  useLayoutEffect(() => {
    document.documentElement.classList.add("js");
    (window as ThemeWindow).__applyTheme?.();
  }, []);

  function toggle() {
    const next = isDark() ? "light" : "dark";
    const system = window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    try {
      if (next === system) localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be blocked (private mode): the switch still works for this page.
    }
    document.documentElement.classList.toggle("dark", next === "dark");
    document.documentElement.classList.toggle("light", next === "light");
  }

  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={dark}
      title={dark ? "밝은 화면으로" : "어두운 화면으로"}
      className="hidden size-10 items-center justify-center rounded-full text-ink-2 hover:bg-paper-2 [.js_&]:inline-flex"
    >
      <span className="sr-only">어두운 화면</span>
      {/* The icon follows the theme through CSS, so it is right before hydration too. */}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-5 fill-none stroke-current stroke-2 dark:hidden"
      >
        <path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5Z" strokeLinejoin="round" />
      </svg>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="hidden size-5 fill-none stroke-current stroke-2 dark:block"
      >
        <circle cx="12" cy="12" r="4" />
        <path
          d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
