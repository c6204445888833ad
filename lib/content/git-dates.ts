import { execFileSync } from "node:child_process";

/**
 * When each file in the content folder was first committed, from one `git log` over the whole
 * folder (not one call per file). Empty when the folder is not in a git repository.
 */
export function readFirstCommitDates(contentRoot: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  let output: string;
  try {
    output = execFileSync(
      "git",
      ["-c", "core.quotePath=false", "log", "--diff-filter=A", "--relative", "--format=%x00%cI", "--name-only", "--", "."],
      { cwd: contentRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28 },
    );
  } catch {
    return dates;
  }
  // Newest commit first: the last time a path shows up is when it was first added.
  for (const chunk of output.split("\0")) {
    const [stamp, ...names] = chunk.split("\n");
    if (!stamp) continue;
    const date = new Date(stamp.trim());
    for (const name of names) {
      const file = name.trim().replace(/^"|"$/g, "").normalize("NFC");
      if (file) dates.set(file, date);
    }
  }
  return dates;
}
