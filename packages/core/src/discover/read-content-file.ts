import fs from 'node:fs';
import path from 'node:path';

/** The bytes of a file of the content folder, by its `/`-separated path relative to it. */
export function readContentFile(root: string, file: string): Uint8Array {
  return fs.readFileSync(path.join(root, file));
}

/** What changes when a file of the content folder changes (its size and time), or `''` when it is missing. */
export function contentFileStamp(root: string, file: string): string {
  try {
    const stat = fs.statSync(path.join(root, file));
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return '';
  }
}
