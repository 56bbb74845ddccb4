import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './guard-output.js';

/** One file of the built site: its bytes, or a file to copy. */
export type OutputContent = { content: string | Uint8Array } | { copyFrom: string };

/**
 * Brings the output folder in line with a build: writes the given files (each through a temporary
 * name and a rename, so a reader never sees half a file) and removes the files listed as stale.
 */
export async function writeOutput(
  outDir: string,
  files: Map<string, OutputContent>,
  stale: Iterable<string>,
): Promise<void> {
  await fs.mkdir(outDir, { recursive: true });
  const made = new Set<string>();
  const pending: Promise<void>[] = [];
  for (const [file, output] of files) {
    const target = resolveBelow(outDir, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      await fs.mkdir(dir, { recursive: true });
      made.add(dir);
    }
    pending.push(writeOne(target, output));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  for (const file of stale) {
    const target = resolveBelow(outDir, file);
    await fs.rm(target, { force: true });
    await removeEmptyParents(outDir, path.dirname(target));
  }
  await fs.writeFile(path.join(outDir, OUTPUT_MARKER), 'guidekit\n');
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
