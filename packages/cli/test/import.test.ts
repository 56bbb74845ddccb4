import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../core/test/fixtures/layouts/mdbook/', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-import-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('guidekit import', () => {
  it('prints the layout it recognised, writes the config it implies, and refuses to overwrite it (exit 2)', () => {
    fs.cpSync(fixture, path.join(temp, 'knots'), { recursive: true });
    const first = run('import', 'knots');
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(
      'recognised mdbook (book.toml and src/SUMMARY.md): "Harbour Knots", 11 pages\n' +
        '  order: src/SUMMARY.md: its chapters, parts and numbering\n' +
        '  authors: Ada Tern, Bo Gull\n' +
        'wrote knots/guidekit.config.js: `guidekit build knots` builds the same site with it\n',
    );
    expect(fs.readFileSync(path.join(temp, 'knots/guidekit.config.js'), 'utf8')).toBe(
      [
        '// Written by `guidekit import`, which recognised this layout by book.toml and src/SUMMARY.md.',
        '// Order of the pages: src/SUMMARY.md: its chapters, parts and numbering.',
        '// Authors (book.toml): Ada Tern, Bo Gull; authors.yml may give them roles, bios and avatars.',
        "import { defineConfig } from 'guidekit';",
        '',
        'export default defineConfig({',
        '  title: "Harbour Knots",',
        '  layout: "mdbook",',
        '});',
        '',
      ].join('\n'),
    );
    const again = run('import', 'knots');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('guidekit.config.js: error: guidekit.config.js already exists: nothing was written');
    expect(run('import', 'nowhere').code).toBe(2);
  });
});
