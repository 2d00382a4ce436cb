/**
 * The mixed archive of the bad-input suite: every case folder of
 * tests/bad-input/cases/ copied (inputs only), plus the cases that cannot
 * live in git (a 10 MB file, symlinks leading out, a FIFO, odd file names)
 * made here. Shared by the bad-input, invariant and repeatable-build tests.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const CASES = path.resolve("tests/bad-input/cases");

/** Cases made at test time; each writes into its own folder of the mixed archive. */
export const GENERATED: Record<string, (dir: string, outside: string) => void> = {
  "file-names": (dir) => {
    const body = "Storm closes harbour\n\nThe harbour was closed on Tuesday after a storm.\n";
    for (const name of ["with space.txt", "caf\u00e9.txt", "cafe\u0301.txt", "a..b.txt", "..hidden.txt", "new\nline.txt", "<i onmouseover=alert(1)>.txt"]) writeFileSync(path.join(dir, name), body);
  },
  "symlink-outside": (dir, outside) => {
    symlinkSync(path.join(outside, "secret.txt"), path.join(dir, "leak.txt"));
    symlinkSync(outside, path.join(dir, "leak-folder"));
  },
  "huge-file": (dir) => writeFileSync(path.join(dir, "input.txt"), Buffer.alloc(10 * 1024 * 1024, "word ")),
  "long-line": (dir) => writeFileSync(path.join(dir, "input.txt"), `Headline\n\n${"a".repeat(200_000)}\n`),
  fifo: (dir) => execFileSync("mkfifo", [path.join(dir, "input.txt")]),
};


export function makeArchiveFolder(): string {
  const root = mkdtempSync(path.join(tmpdir(), "clippings-bad-input-"));
  const outside = path.join(root, "outside");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.txt"), "not for publishing\n");
  const dir = path.join(root, "articles");
  cpSync(CASES, dir, { recursive: true, filter: (src) => !src.endsWith("expected.json") });
  for (const [name, make] of Object.entries(GENERATED)) {
    mkdirSync(path.join(dir, name), { recursive: true });
    try {
      make(path.join(dir, name), outside);
    } catch (caught) {
      // Only mkfifo may be missing (the case is then skipped below); anything else is a broken test.
      if (name !== "fifo") throw caught;
    }
  }
  return dir;
}

