import fs from "node:fs";
import path from "node:path";
import { isPostFileName } from "./slug";

export type ContentFile = {
  absolutePath: string;
  /** Relative to the content folder, forward slashes, NFC. */
  relativePath: string;
  size: number;
  mtimeMs: number;
};

/** Every file that may be a post, found recursively; dot folders (`.git`) are skipped. */
export function scanContentFolder(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const absolutePath = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(absolutePath);
      else if (entry.isFile() && isPostFileName(entry.name)) {
        const stat = fs.statSync(absolutePath);
        files.push({
          absolutePath,
          relativePath: path.relative(root, absolutePath).split(path.sep).join("/").normalize("NFC"),
          size: stat.size,
          mtimeMs: stat.mtimeMs,
        });
      }
    }
  };
  walk(root);
  return files.sort((a, b) => a.relativePath.localeCompare(b.relativePath));
}
