import fs from 'node:fs';
import path from 'node:path';

/** The bytes of a file of the content folder, by its `/`-separated path relative to it. */
export function readContentFile(root: string, file: string): Uint8Array {
  return fs.readFileSync(path.join(root, file));
}

/** What changes when a file changes (its size, time and inode; `file` absolute), or undefined when it cannot be read. */
export function fileStamp(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/** The stamp (see `fileStamp`) of a file of the content folder, by its path relative to it, or `''` when it is missing. */
export function contentFileStamp(root: string, file: string): string {
  return fileStamp(path.join(root, file)) ?? '';
}
