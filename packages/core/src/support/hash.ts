import { createHash } from 'node:crypto';

/** A short, stable hex digest of the given parts, for cache keys and change detection. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
