import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file below `dir` (symbolic links too, with `links`), as paths relative to it with `/`
 * separators, in code-point order; none when the folder is missing.
 */
export function listFiles(dir: string, { links = false } = {}): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() || (links && e.isSymbolicLink()))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
