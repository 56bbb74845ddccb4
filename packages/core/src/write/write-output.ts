import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './guard-output.js';

/** One file of the built site: its bytes, or a file to copy. */
export type OutputContent = { content: string | Uint8Array } | { copyFrom: string };

/** Writes files into the output folder as they are produced, a bounded number at a time. */
export interface OutputWriter {
  /** Queues a file; resolves once there is room for more, so producers never pile up pages in memory. */
  write(file: string, output: OutputContent): Promise<void>;
  /** Waits for every write queued so far. */
  flush(): Promise<void>;
  /** Waits for every write, removes the stale files and marks the folder as guidekit's; returns the marker's stamp. */
  finish(stale: Iterable<string>): Promise<string>;
}

/** Writes in flight at most. */
const CONCURRENCY = 32;

/**
 * Brings the output folder in line with a build: each file is written through a temporary name
 * and a rename (a reader never sees half a file); stale files are removed at the end.
 */
export function createOutputWriter(outDir: string): OutputWriter {
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let failure: unknown;
  let changed = false;
  const ensureDir = async (dir: string) => {
    if (made.has(dir)) return;
    await fs.mkdir(dir, { recursive: true });
    made.add(dir);
  };
  return {
    async write(file, output) {
      const target = resolveBelow(outDir, file);
      changed = true;
      const task = ensureDir(path.dirname(target))
        .then(() => writeOne(target, output))
        .catch((error: unknown) => {
          failure ??= error;
        })
        .finally(() => pending.delete(task));
      pending.add(task);
      if (pending.size >= CONCURRENCY) await Promise.race(pending);
    },
    async flush() {
      await Promise.all(pending);
      if (failure) throw failure;
    },
    async finish(stale) {
      await this.flush();
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

async function writeOne(target: string, output: OutputContent): Promise<void> {
  const temp = `${target}.guidekit-tmp`;
  if ('copyFrom' in output) await fs.copyFile(output.copyFrom, temp);
  else await fs.writeFile(temp, output.content);
  await fs.rename(temp, target);
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
