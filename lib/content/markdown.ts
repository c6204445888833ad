import MarkdownIt from "markdown-it";

// CommonMark plus GFM tables and strikethrough; raw HTML passes through to the sanitizer.
const markdown = new MarkdownIt({ html: true, linkify: true, typographer: false });

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
