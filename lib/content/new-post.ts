import yaml from "js-yaml";
import { toSeoulIsoString } from "./dates";
import { slugify } from "./slug";

export type NewPostInput = { title: string; categories: string[]; now: Date };

export type NewPostFile = { fileName: string; slug: string; text: string };

/** Jekyll's `2026-11-24 09:30:00 +0900`: what editors already know from the blog exports. */
function jekyllDate(date: Date): string {
  const iso = toSeoulIsoString(date);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} ${iso.slice(19).replace(":", "")}`;
}

/**
 * A new post file that passes the content check as it is: the date is now in Seoul, the slug
 * comes from the title with Korean kept, and it starts as a draft so a half-written article is
 * never published by accident.
 */
export function buildNewPost({ title, categories, now }: NewPostInput): NewPostFile {
  const cleanTitle = title.normalize("NFC").trim();
  if (cleanTitle === "") throw new Error("a title is required");
  const slug = slugify(cleanTitle);
  if (slug === "") throw new Error(`no URL can be made from the title "${title}"`);
  const date = jekyllDate(now);
  const frontMatter = yaml.dump(
    {
      title: cleanTitle,
      categories,
      date,
      excerpt: "",
      feature_text: "",
      image: "",
      tags: [],
      author: "",
      draft: true,
    },
    { lineWidth: -1 },
  );
  const text = `---\n${frontMatter}---\n\n<p>여기에 본문을 쓰세요.</p>\n`;
  return { fileName: `${date.slice(0, 10)}-${slug}.html`, slug, text };
}
