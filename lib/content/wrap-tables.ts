// The sanitizer's output is well formed and keeps no attribute on `table`, so a pattern is
// exact here; on arbitrary HTML it would not be. Tables do not nest in editor output.
const TABLE = /<table>[\s\S]*?<\/table>/g;
const CAPTION = /<caption>([\s\S]*?)<\/caption>/;

/**
 * Puts each table of a sanitized body in a box that scrolls sideways on a narrow screen
 * (app/globals.css `.table-scroll`). The box is a named, focusable region so keyboard users
 * can scroll it too (axe: scrollable-region-focusable). Runs after sanitizing, which would
 * strip these attributes from an editor's own markup.
 */
export function wrapTables(html: string): string {
  return html.replace(TABLE, (table) => {
    const caption = CAPTION.exec(table)?.[1]?.replace(/<[^>]*>/g, "").trim();
    // The caption is already escaped HTML text; a quote cannot appear unescaped in it.
    const label = caption ? `표: ${caption.replace(/"/g, "&quot;")}` : "표";
    return `<div class="table-scroll" role="region" aria-label="${label}" tabindex="0">${table}</div>`;
  });
}
