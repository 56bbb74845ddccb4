import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/index.js';
import { buildGuide } from '../helpers.js';

describe('what stopped builds leave', () => {
  it('removes the search staging folder of a process that is gone, at the next build', async () => {
    const root = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
    // No process has this id: ids are far smaller.
    const left = path.join(root, 'guidekit-search-999999999-abcdef');
    fs.mkdirSync(left, { recursive: true });
    fs.writeFileSync(path.join(left, 'page.html'), '<p>staged');
    await buildGuide({ 'index.md': '# Home\n\nHi.\n' });
    expect(fs.existsSync(left)).toBe(false);
  });
});

describe('diagnostics', () => {
  it('stay on one line whatever the file name holds', () => {
    const line = formatDiagnostic({ severity: 'warning', rule: 'x', file: 'a\nb.md', line: 1, column: 2, message: 'one\ntwo', hint: 'h\u0000' });
    expect(line).toBe('a\\nb.md:1:2: warning: one\\ntwo (h\\u0000)');
  });
});
