import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, GuidekitError } from '../src/index.js';
import { buildGuide, contentFolder, png, tempDir } from './helpers.js';

const guide = {
  'index.md': '# Home\n\nWelcome.\n',
  'authors.yml': 'anna:\n  name: Anna Grigoryan\n  role: Director of Product Management\n',
  '01-intro.md': '---\nauthor: anna\n---\n# Intro\n\nSee [the team](02-team/01-roles.md#who-does-what) and ![map](02-team/images/map.svg).\n',
  '02-team/index.md': '# Team\n\nThe team.\n',
  '02-team/01-roles.md': '# Roles\n\n## Who does what\n\nBack to [intro](../01-intro.md).\n',
  '02-team/images/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

describe('build', () => {
  it('writes clean URLs, rewritten links, copied assets, public files, author pages and 404', async () => {
    const root = contentFolder(guide);
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root, outDir, base: '/guides/pm/' });
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 0, pages: 7 });
    const files = listFiles(outDir);
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'intro/index.html',
        'team/index.html',
        'team/roles/index.html',
        'authors/anna/index.html',
        '404.html',
        'print/index.html',
        'llms.txt',
        'llms-full.txt',
        'favicon.svg',
        'team/images/map.svg',
      ]),
    );
    const intro = fs.readFileSync(path.join(outDir, 'intro/index.html'), 'utf8');
    expect(intro).toContain('href="/guides/pm/team/roles/#who-does-what"');
    expect(intro).toContain('src="/guides/pm/team/images/map.svg"');
    expect(intro).toContain('Anna Grigoryan');
    expect(intro).toContain('href="/guides/pm/authors/anna/"');
  });

  it('publishes and links what raw HTML in a page names, as it does for markdown', async () => {
    const { report, read, outDir } = await buildGuide({
      'index.md': '# Home\n',
      '01-a.md': '# A\n\n<img alt="Fig" src="img/fig.png" class="center" />\n\n<p>See <a href=\'02-b.md#end\'>B</a>, <img src="img/gone.png"></p>\n',
      '02-b.md': '# B\n\n## End\n',
      'img/fig.png': png(2, 2),
    });
    const page = read('a/index.html');
    expect(page).toContain('<img alt="Fig" src="/img/fig.png" class="center" />');
    expect(page).toContain('<a href="/b/#end">B</a>');
    expect(fs.existsSync(path.join(outDir, 'img/fig.png'))).toBe(true);
    expect(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}: ${d.message}`)).toEqual(['01-a.md:5 missing-target: image target not found: img/gone.png']);
  });

  it('builds the same input to byte-identical output', async () => {
    const root = contentFolder(guide);
    const [a, b] = [path.join(tempDir(), 'a'), path.join(tempDir(), 'b')];
    await build({ root, outDir: a });
    await build({ root, outDir: b });
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const f of files) expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
  });

  it('leaves the previous output untouched when the content has errors', async () => {
    const root = contentFolder(guide);
    const outDir = path.join(tempDir(), 'out');
    await build({ root, outDir });
    const before = listFiles(outDir).map((f) => [f, fs.readFileSync(path.join(outDir, f), 'utf8')]);
    fs.writeFileSync(path.join(root, '03-broken.md'), '---\ntitle: [oops\n---\nBody.\n');
    const report = await build({ root, outDir });
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toMatchObject([{ severity: 'error', file: '03-broken.md', line: 3 }]);
    expect(listFiles(outDir).map((f) => [f, fs.readFileSync(path.join(outDir, f), 'utf8')])).toEqual(before);
  });

  it('never copies a file from outside the content folder', async () => {
    const parent = tempDir();
    fs.writeFileSync(path.join(parent, 'secret.png'), 'secret');
    const root = path.join(parent, 'guide');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'a.md'), '# A\n\n![leak](../secret.png)\n');
    const outDir = path.join(parent, 'out');
    const report = await build({ root, outDir });
    expect(report.ok).toBe(true);
    expect(report.diagnostics).toMatchObject([{ severity: 'warning', rule: 'outside-content', file: 'a.md', line: 3, column: 1 }]);
    expect(listFiles(outDir).some((f) => f.includes('secret'))).toBe(false);
  });

  it('fails a build with warnings when strict', async () => {
    const root = contentFolder({ 'a.md': '# A\n\n[gone](missing.md)\n' });
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root, outDir, strict: true });
    expect(report).toMatchObject({ ok: false, warnings: 1 });
    expect(report.diagnostics[0]).toMatchObject({ rule: 'missing-target', file: 'a.md', line: 3, column: 1 });
    expect(fs.existsSync(outDir)).toBe(false);
  });

  describe('refuses an unsafe output folder', () => {
    const attempt = async (outDir: (root: string) => string) => {
      const root = contentFolder({ 'a.md': '# A\n\nText.\n' });
      const error = await build({ root, outDir: outDir(root) }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GuidekitError);
      expect((error as GuidekitError).kind).toBe('usage');
      expect(fs.readdirSync(root)).toEqual(['a.md']);
      return (error as GuidekitError).diagnostics[0]!.message;
    };
    it('the content folder itself', async () => expect(await attempt((root) => root)).toMatch(/is the content folder/));
    it('a folder containing it', async () => expect(await attempt((root) => path.dirname(root))).toMatch(/contains the content folder/));
    it('the filesystem root', async () => expect(await attempt(() => path.parse(os.tmpdir()).root)).toMatch(/filesystem root/));
    it('a non-empty folder guidekit did not write', async () => {
      const other = tempDir();
      fs.writeFileSync(path.join(other, 'thesis.tex'), 'precious');
      expect(await attempt(() => other)).toMatch(/not written by guidekit/);
      expect(fs.readFileSync(path.join(other, 'thesis.tex'), 'utf8')).toBe('precious');
    });
  });
});
