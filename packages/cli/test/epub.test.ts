import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-cli-epub-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function guidekit(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(name: string, files: Record<string, string>): string {
  const root = path.join(temp, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('guidekit build --epub', () => {
  it('writes the guide as an EPUB beside the site', () => {
    const root = folder('book', { 'guidekit.config.js': "export default { title: 'My Book' };\n", 'index.md': '# Home\n', '01-one.md': '# One\n\nText.\n' });
    const result = guidekit('build', root, '--epub', '--no-cache');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist', 'my-book.epub')).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
    expect(guidekit('build', '--help').stdout).toContain('--epub');
  });

  it('stops with exit 1 and the config’s place when the cover is missing', () => {
    const root = folder('no-cover', { 'guidekit.config.js': "export default {\n  epub: { cover: 'cover.png' },\n};\n", 'index.md': '# Home\n' });
    const result = guidekit('build', root, '--no-cache');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('guidekit.config.js: error: `epub.cover`: public/cover.png not found');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('says what is wrong with an epub setting that is not one', () => {
    const root = folder('bad-epub', { 'guidekit.config.js': "export default {\n  epub: { cover: 'https://x.example/c.png', covr: 1 },\n};\n", 'index.md': '# Home\n' });
    const result = guidekit('build', root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('`epub.cover` must be a path under public/');
    expect(result.stderr).toContain('unknown config key `epub.covr`');
  });
});
