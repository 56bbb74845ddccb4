import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './guard-output.js';
import { writeAll, writeThrough } from './write-through.js';

/** One file of the built site: its bytes, its text in pieces (written as they come), or a file to copy. */
export type OutputContent = { content: string | Uint8Array } | { chunks: Iterable<string> } | { copyFrom: string };

/** Writes files into the output folder as they are produced. */
export interface OutputWriter {
  /**
   * Writes a file at once, before the next page is rendered: a page's HTML is dropped as soon as
   * it is made, so it never outlives V8's young generation (queued writes kept thousands of pages
   * alive long enough to fill the old one).
   */
  write(file: string, output: OutputContent): void;
  /** Removes the stale files and marks the folder as guidekit's; returns the marker's stamp. */
  finish(stale: Iterable<string>): Promise<string>;
}

/**
 * Brings the output folder in line with a build: each file is written through a temporary name
 * and a rename (a reader never sees half a file); stale files are removed at the end.
 */
export function createOutputWriter(outDir: string): OutputWriter {
  const made = new Set<string>();
  let changed = false;
  return {
    write(file, output) {
      const target = resolveBelow(outDir, file);
      changed = true;
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        fsSync.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeOne(target, output);
    },
    async finish(stale) {
      for (const file of stale) {
        const target = resolveBelow(outDir, file);
        await fs.rm(target, { force: true });
        await removeEmptyParents(outDir, path.dirname(target));
        changed = true;
      }
      // A build that changed nothing leaves the marker, so caches made with it stay valid.
      const stamp = changed ? undefined : await markerStamp(outDir);
      if (stamp) return stamp;
      await fs.mkdir(outDir, { recursive: true });
      await fs.writeFile(path.join(outDir, OUTPUT_MARKER), 'guidekit\n');
      return (await markerStamp(outDir))!;
    },
  };
}

/** Every file below the output folder (relative, `/`-separated), except guidekit's marker. */
export async function listOutput(outDir: string): Promise<string[]> {
  try {
    const entries = await fs.readdir(outDir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() || e.isSymbolicLink())
      .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((f) => f !== OUTPUT_MARKER);
  } catch {
    return [];
  }
}

/**
 * When the output folder's marker was last written, or undefined when it has none: every build
 * that changes the folder rewrites it, so a build cache knows whether the folder is still as its
 * last build left it.
 */
export async function markerStamp(outDir: string): Promise<string | undefined> {
  const stat = await fs.stat(path.join(outDir, OUTPUT_MARKER)).catch(() => undefined);
  return stat && `${stat.mtimeMs}:${stat.ino}`;
}

function writeOne(target: string, output: OutputContent): void {
  writeThrough(target, (temp) => {
    if ('copyFrom' in output) fsSync.copyFileSync(output.copyFrom, temp);
    else if ('content' in output) fsSync.writeFileSync(temp, output.content);
    else writeChunks(temp, output.chunks);
  });
}

function writeChunks(file: string, chunks: Iterable<string>): void {
  const fd = fsSync.openSync(file, 'w');
  try {
    for (const chunk of chunks) writeAll(fd, Buffer.from(chunk));
  } finally {
    fsSync.closeSync(fd);
  }
}

async function removeEmptyParents(outDir: string, dir: string): Promise<void> {
  while (dir !== outDir && dir.startsWith(outDir)) {
    if ((await fs.readdir(dir)).length > 0) return;
    await fs.rmdir(dir);
    dir = path.dirname(dir);
  }
}

/** The absolute path of an output file, refusing any path that would leave the output folder. */
function resolveBelow(outDir: string, file: string): string {
  const target = path.resolve(outDir, file);
  const rel = path.relative(outDir, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`output path leaves the output folder: ${file}`);
  return target;
}
