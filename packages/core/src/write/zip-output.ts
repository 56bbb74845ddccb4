import fs from 'node:fs';
import path from 'node:path';
import { listOutput } from './write-output.js';

/**
 * Every entry's time: zip stores local time, so a time made of local fields is stored the same
 * in every time zone (the earliest a zip can hold).
 */
const ENTRY_TIME = new Date(1980, 0, 1, 0, 0, 0);

/**
 * Writes the output folder's files (all but `name` itself) into `outDir/name`, below a folder
 * named as the zip (`guide/…`). The same files give the same bytes: entries in code-point order,
 * every one with the same time. The zip goes in through a temporary name, so a reader never sees
 * half of it.
 */
export async function writeOutputZip(outDir: string, name: string): Promise<void> {
  const { zipSync } = await import('fflate');
  const folder = name.replace(/\.zip$/i, '');
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const file of listOutput(outDir)) {
    if (file === name) continue;
    entries[`${folder}/${file}`] = [fs.readFileSync(path.join(outDir, file)), { mtime: ENTRY_TIME }];
  }
  const target = path.join(outDir, name);
  const temporary = `${target}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, zipSync(entries, { level: 6 }));
  fs.renameSync(temporary, target);
}

/** True when the output folder has the zip. */
export function hasOutputZip(outDir: string, name: string): boolean {
  return fs.existsSync(path.join(outDir, name));
}

/** Removes a zip an earlier build wrote into the output folder. */
export function removeOutputZip(outDir: string, name: string): void {
  fs.rmSync(path.join(outDir, name), { force: true });
}
