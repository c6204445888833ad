/**
 * `npm run new -- "제목" --category 뉴스 [--category 경제]`: writes a new draft post into the
 * content folder and prints its path and URL.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { contentRoot } from "../lib/content/content-store";
import { buildNewPost } from "../lib/content/new-post";
import { siteConfig } from "../lib/site-config";
import { paths } from "../lib/urls";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { category: { type: "string", multiple: true, short: "c" } },
});

const title = positionals.join(" ");
if (!title.trim()) {
  console.error('Usage: npm run new -- "기사 제목" --category 분야');
  process.exit(2);
}

try {
  const post = buildNewPost({ title, categories: values.category ?? [], now: new Date() });
  const root = contentRoot();
  const file = path.join(root, post.fileName);
  if (fs.existsSync(file)) {
    console.error(`${path.relative(process.cwd(), file)} already exists: choose another title`);
    process.exit(1);
  }
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(file, post.text, { flag: "wx" });
  console.log(`Created ${path.relative(process.cwd(), file)}`);
  console.log(`URL (once published): ${siteConfig.url}${paths.article(post.slug)}`);
  console.log("It starts as a draft: remove the `draft: true` line to publish it.");
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
