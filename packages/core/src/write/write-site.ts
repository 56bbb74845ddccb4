import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './guard-output.js';

/** One file of the built site: its path below the output folder and its bytes, or a file to copy. */
export type OutputFile = { path: string; content: string | Uint8Array } | { path: string; copyFrom: string };

const STAGING = '.guidekit-staging';

/**
 * Writes the site into a staging folder inside the output folder, then swaps it in: the
 * previous output stays as it was until every file of the new one is written.
 */
export async function writeSite(outDir: string, files: Iterable<OutputFile>): Promise<number> {
  const staging = path.join(outDir, STAGING);
  await fs.rm(staging, { recursive: true, force: true });
  await fs.mkdir(staging, { recursive: true });
  let count = 0;
  try {
    const made = new Set<string>();
    const pending: Promise<void>[] = [];
    for (const file of files) {
      const target = path.join(staging, file.path);
      if (!isBelow(staging, target)) throw new Error(`output path escapes the output folder: ${file.path}`);
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        await fs.mkdir(dir, { recursive: true });
        made.add(dir);
      }
      pending.push('copyFrom' in file ? fs.copyFile(file.copyFrom, target) : fs.writeFile(target, file.content));
      count++;
      if (pending.length >= 64) await Promise.all(pending.splice(0));
    }
    await Promise.all(pending);
    await fs.writeFile(path.join(staging, OUTPUT_MARKER), 'guidekit\n');
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
  await swapIn(outDir, staging);
  return count;
}

/** Replaces the output folder's contents with the staging folder's. */
async function swapIn(outDir: string, staging: string): Promise<void> {
  for (const entry of await fs.readdir(outDir)) {
    if (entry !== STAGING) await fs.rm(path.join(outDir, entry), { recursive: true, force: true });
  }
  for (const entry of await fs.readdir(staging)) {
    await fs.rename(path.join(staging, entry), path.join(outDir, entry));
  }
  await fs.rm(staging, { recursive: true, force: true });
}

function isBelow(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
