import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isRunning } from '../support/is-running.js';

/** The file a build holds in the output folder while it writes there. */
export const OUTPUT_LOCK = '.guidekit-lock';

const POLL_MS = 100;

/**
 * Takes the output folder for one build's writing: a second build into the same folder (another
 * process, or another session) waits until the first is done, so the folder is never written by
 * two at once. A lock left by a process that is gone is taken over. Returns how long it waited,
 * and a function that lets the folder go.
 */
export async function lockOutput(outDir: string): Promise<{ waitedMs: number; release: () => void }> {
  // A folder made for the lock alone is removed with it: a build that then fails leaves nothing.
  const made = makeFolders(outDir);
  const file = path.join(outDir, OUTPUT_LOCK);
  const started = Date.now();
  const release = () => {
    fs.rmSync(file, { force: true });
    if (made && fs.readdirSync(made).length === 0) fs.rmSync(made, { recursive: true, force: true });
  };
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return { waitedMs: Date.now() - started, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!isHeld(file)) fs.rmSync(file, { force: true });
    else await sleep(POLL_MS);
  }
}

/**
 * Makes a folder and the missing folders above it, one at a time, and returns the first made.
 * Node's own recursive `mkdir` retries forever where a parent exists but refuses children (`/proc`).
 */
function makeFolders(dir: string): string | undefined {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !fs.existsSync(at) && path.dirname(at) !== at; at = path.dirname(at)) missing.push(at);
  for (const folder of [...missing].reverse()) fs.mkdirSync(folder);
  return missing[missing.length - 1];
}

/** True while the process that wrote the lock runs (and while the lock is being written). */
function isHeld(file: string): boolean {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
  } catch {
    return true;
  }
  if (!Number.isInteger(pid) || pid <= 0) return Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 1000;
  return pid === process.pid || isRunning(pid);
}
