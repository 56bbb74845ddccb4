import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `target` through a temporary name and a rename, so a reader never sees half of it:
 * `write` fills the temporary file, which is removed if it throws. The name is this write's own,
 * as two builds may write the same file at once.
 */
export function writeThrough(target: string, write: (temp: string) => void): void {
  const temp = `${target}.${process.pid}-${randomUUID().slice(0, 8)}.guidekit-tmp`;
  try {
    write(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.renameSync(temp, target);
}

/** Writes all of `bytes` at the file's position (a single write may write less). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
}

/** The bytes at `[offset, length]` of a file, or undefined if it ends before. */
export function readAt(fd: number, [offset, length]: [number, number]): Buffer | undefined {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = fs.readSync(fd, bytes, done, length - done, offset + done);
    if (read === 0) return undefined;
    done += read;
  }
  return bytes;
}

/** Writes a file through a temporary name, unless it already holds these bytes. */
export function writeIfChanged(target: string, content: Uint8Array): void {
  const current = fs.existsSync(target) ? fs.readFileSync(target) : undefined;
  if (current?.equals(content)) return;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  writeThrough(target, (temp) => fs.writeFileSync(temp, content));
}
