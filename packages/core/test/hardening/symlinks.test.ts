import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

/** A folder outside the content folder with a file that must never be published. */
function secretFolder(): string {
  const dir = path.join(tempDir(), 'secrets');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'shadow'), 'root:secret\n');
  return dir;
}

function outputFiles(outDir: string): string[] {
  return fs.readdirSync(outDir, { recursive: true }).map(String);
}

describe('links that lead out of the guide', () => {
  it('does not publish a public/ folder that links outside the content folder, and says so', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nHi.\n' });
    fs.symlinkSync(secretFolder(), path.join(root, 'public'));
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root, outDir, cache: false });
    expect(report.ok).toBe(true);
    expect(outputFiles(outDir).some((file) => file.endsWith('shadow'))).toBe(false);
    expect(report.diagnostics).toMatchObject([{ severity: 'warning', rule: 'symlink-outside', file: 'public' }]);
  });

  it('refuses a theme assets folder that links outside the theme folder', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nHi.\n', 'theme/templates/.keep': '' });
    fs.symlinkSync(secretFolder(), path.join(root, 'theme', 'assets'));
    const outDir = path.join(tempDir(), 'out');
    await expect(build({ root, outDir, cache: false })).rejects.toThrow(/outside the theme folder/);
    expect(fs.existsSync(outDir)).toBe(false);
  });
});
