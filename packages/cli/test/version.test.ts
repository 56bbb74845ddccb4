import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-version-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a guide from `{ path: text }` into a new folder of `temp`. */
function guide(name: string, files: Record<string, string>): string {
  const root = path.join(temp, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

const listing = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).map((p) => p.split(path.sep).join('/')).sort();

describe('guidekit version', () => {
  it('copies the content (every locale, no other version, nothing shared) into versions/<name>/ and lists it first; the guide builds both', () => {
    const root = guide('handbook', {
      'guidekit.config.js': "export default { locales: { en: { label: 'English' }, fr: { label: 'Français' } } };\n",
      'authors.yml': 'ana:\n  name: Ana\n',
      'public/logo.svg': '<svg/>',
      'theme/strings/fr.json': '{}',
      '.git/HEAD': 'ref: refs/heads/main\n',
      'versions.json': '["1.x"]\n',
      'versions/1.x/en/index.md': '# Home\n\nOld.\n',
      'en/index.md': '# Home\n\nNew.\n',
      'en/01-setup/index.md': '# Setup\n\n![chart](chart.png)\n',
      'en/01-setup/chart.png': 'png',
      'fr/index.md': '# Accueil\n',
    });
    const result = run('version', '2.x', 'handbook');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('copied 4 files into versions/2.x/ and listed "2.x" in versions.json (2.x, 1.x)');
    expect(listing(path.join(root, 'versions/2.x'))).toEqual(['en', 'en/01-setup', 'en/01-setup/chart.png', 'en/01-setup/index.md', 'en/index.md', 'fr', 'fr/index.md']);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'versions.json'), 'utf8'))).toEqual(['2.x', '1.x']);

    const built = run('build', 'handbook');
    expect(built.code, built.stderr).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist/2.x/setup/index.html'), 'utf8')).toContain('src="/versions/2.x/en/setup/chart.png"');
    expect(fs.existsSync(path.join(root, 'dist/versions/2.x/en/setup/chart.png'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist/fr/1.x/index.html'))).toBe(true);
  });

  it('refuses a name the guide has already, or that cannot be one, with exit 2 and nothing written', () => {
    const root = guide('refusing', { 'index.md': '# Home\n', 'versions.json': '["1.x"]\n', 'versions/1.x/index.md': '# Old\n' });
    const before = listing(root);
    expect(run('version', '1.x', 'refusing')).toMatchObject({ code: 2, stderr: expect.stringContaining('the guide has a version "1.x" already') });
    expect(run('version', '../up', 'refusing')).toMatchObject({ code: 2, stderr: expect.stringContaining('version "../up" must be letters, digits') });
    expect(run('version', 'current', 'refusing')).toMatchObject({ code: 2, stderr: expect.stringContaining('names the content folder itself') });
    expect(listing(root)).toEqual(before);
    expect(fs.readFileSync(path.join(root, 'versions.json'), 'utf8')).toBe('["1.x"]\n');
  });
});
