import { loadPost } from "@/lib/content/load-post";
import type { Post } from "@/lib/content/types";
import { siteConfig } from "@/lib/site-config";

/**
 * A post built the way the site builds one, from front matter and a body, so the SEO tests
 * see the same shapes (sanitized HTML, excerpt fallbacks) the pages do.
 */
export function makePost(frontMatter: Record<string, unknown>, body = "<p>본문입니다.</p>"): Post {
  const yaml = Object.entries(frontMatter)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join("\n");
  const result = loadPost({
    relativePath: `${String(frontMatter.slug ?? "post")}.html`,
    bytes: new TextEncoder().encode(`---\n${yaml}\n---\n${body}\n`),
    siteOrigin: siteConfig.url,
    fallbackDate: () => ({ date: new Date("2026-01-01T00:00:00Z"), source: "mtime" }),
  });
  if (result.kind !== "post") {
    throw new Error(`test post did not load: ${JSON.stringify(result.problems)}`);
  }
  return result.post;
}

export const SPECIAL_TITLE = `R&D <속보> "큰따옴표" '작은' ]]> 하나 ]]> 둘 </script> 끝`;
