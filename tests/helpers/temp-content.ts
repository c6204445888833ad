import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A throwaway content folder with the given files (path → text or bytes). */
export function makeContentFolder(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "news-content-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}
