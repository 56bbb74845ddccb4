import path from 'node:path';

/**
 * Where an include written in `from` (a content-relative file) points, content-relative and
 * `/`-separated; undefined when it leaves the content folder or is absolute.
 */
export function resolveInclude(from: string, target: string): string | undefined {
  if (path.posix.isAbsolute(target) || path.win32.isAbsolute(target)) return undefined;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), target));
  return joined === '..' || joined.startsWith('../') ? undefined : joined;
}
