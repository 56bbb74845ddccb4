import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { OUTPUT_LOCK } from '../../src/write/output-lock.js';
import { cleanBuild, contentFolder, snapshot, tempDir } from '../helpers.js';


describe('two builds into one output folder', () => {
  it('write one after the other: both succeed, and the folder is what a clean build writes', async () => {
    const files: Record<string, string> = { 'index.md': '# Home\n\nWelcome.\n' };
    for (let i = 1; i <= 30; i++) files[`${String(i).padStart(2, '0')}-page-${i}.md`] = `# Page ${i}\n\nText of page ${i}.\n`;
    const root = contentFolder(files);
    const outDir = path.join(tempDir(), 'out');
    const [a, b] = await Promise.all([build({ root, outDir }), build({ root, outDir, cache: false })]);
    expect(a.ok && b.ok).toBe(true);
    expect(fs.existsSync(path.join(outDir, OUTPUT_LOCK))).toBe(false);
    const clean = await cleanBuild(root);
    expect(snapshot(outDir)).toEqual(snapshot(clean.outDir));
  });

  it('takes over a lock left by a process that is gone', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nWelcome.\n' });
    const outDir = path.join(tempDir(), 'out');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, '.guidekit-output'), 'guidekit\n');
    // No process has this id: ids are far smaller.
    fs.writeFileSync(path.join(outDir, OUTPUT_LOCK), '999999999\n');
    expect((await build({ root, outDir })).ok).toBe(true);
    expect(fs.existsSync(path.join(outDir, OUTPUT_LOCK))).toBe(false);
  });
});
