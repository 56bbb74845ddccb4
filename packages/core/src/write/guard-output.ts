import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import { isInside } from '../support/is-inside.js';

/** The file that marks a folder as guidekit's output, so a rebuild may replace its contents. */
export const OUTPUT_MARKER = '.guidekit-output';

/**
 * Refuses an output folder that a build must never replace: the content folder, a folder that
 * contains it, a filesystem root, the home folder, or a non-empty folder guidekit did not write.
 */
export function guardOutput(root: string, outDir: string): void {
  const out = realish(outDir);
  const content = realish(root);
  const refuse = (why: string, hint?: string) => {
    throw new GuidekitError([{ severity: 'error', rule: 'output-folder', message: `refusing to write to ${outDir}: ${why}`, hint }], 'usage');
  };
  if (path.parse(out).root === out) refuse('it is a filesystem root');
  if (out === realish(os.homedir())) refuse('it is the home folder');
  if (isInside(out, content)) {
    refuse(out === content ? 'it is the content folder' : 'it contains the content folder', 'choose a folder such as dist/');
  }
  if (fs.existsSync(out)) {
    if (!fs.statSync(out).isDirectory()) refuse('it is a file');
    const entries = fs.readdirSync(out);
    if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
      refuse('it is not empty and was not written by guidekit', 'empty it or choose another folder');
    }
  }
}

/** The real path of a folder, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  const abs = path.resolve(p);
  let existing = abs;
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  return path.join(fs.realpathSync(existing), path.relative(existing, abs));
}
