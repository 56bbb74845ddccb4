import fs from 'node:fs';
import path from 'node:path';

/** Commands looked for in PATH when no Chromium is named, in this order. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
/** Where Debian and Ubuntu put theirs. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Where a Chromium was looked for, and the one found. */
export interface ChromiumSearch {
  found?: string;
  /** What was tried, in order, for a message when nothing was found. */
  tried: string[];
}

/**
 * The Chromium to print with: `explicit` (`--chromium PATH`) when given, else `CHROMIUM_PATH`,
 * `/usr/bin/chromium`, then `chromium`, `chromium-browser`, `google-chrome` or
 * `google-chrome-stable` in PATH. A path that is named but missing is not replaced by another.
 */
export function findChromium(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): ChromiumSearch {
  const named = explicit ?? env.CHROMIUM_PATH;
  if (named) return { found: isExecutable(named) ? path.resolve(named) : undefined, tried: [named] };
  if (isExecutable(SYSTEM_CHROMIUM)) return { found: SYSTEM_CHROMIUM, tried: [SYSTEM_CHROMIUM] };
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const command of COMMANDS) {
    for (const dir of dirs) {
      const file = path.join(dir, command);
      if (isExecutable(file)) return { found: file, tried: [SYSTEM_CHROMIUM, ...COMMANDS] };
    }
  }
  return { tried: [SYSTEM_CHROMIUM, ...COMMANDS.map((c) => `${c} in PATH`)] };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
