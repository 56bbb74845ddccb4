import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `target` through a temporary name and a rename, so a reader never sees half of it:
 * `write` fills the temporary file, which is removed if it throws. The name is this write's own,
 * as two builds may write the same file at once.
 */
export function writeThrough(target: string, write: (temp: string) => void): void {
  fs.renameSync(writeBeside(target, write), target);
}

/**
 * Writes what will be `target` to a temporary file beside it, and returns that file's name: the
 * caller renames it into place. The temporary file is removed if `write` throws. Its name is this
 * write's own, as two builds may write the same file at once.
 */
export function writeBeside(target: string, write: (temp: string) => void): string {
  const temp = `${target}.${process.pid}-${randomUUID().slice(0, 8)}${TEMP_SUFFIX}`;
  try {
    write(temp);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  return temp;
}

/** How the name of a file being written ends. */
export const TEMP_SUFFIX = '.guidekit-tmp';

/** Writes all of `bytes` at the file's position (a single write may write less). */
function writeAll(fd: number, bytes: Uint8Array): void {
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

/** Appends to a file in batches of about a megabyte: `append` returns where the bytes go, `end` writes the rest and returns the size. */
export interface Appender {
  append(bytes: Uint8Array): number;
  end(): number;
}

const BATCH_BYTES = 1 << 20;

/** An appender to the file open as `fd`, from its start. */
export function createAppender(fd: number): Appender {
  let batch: Uint8Array[] = [];
  let batched = 0;
  let size = 0;
  const flush = () => {
    writeAll(fd, Buffer.concat(batch));
    batch = [];
    batched = 0;
  };
  return {
    append(bytes) {
      batch.push(bytes);
      batched += bytes.length;
      size += bytes.length;
      if (batched >= BATCH_BYTES) flush();
      return size - bytes.length;
    },
    end() {
      flush();
      return size;
    },
  };
}
