import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { contentFolder, git, tempDir } from '../helpers.js';

const files = {
  'index.md': '# Home\n\nHi.\n',
  'a.md': '# A\n\nText.\n',
  'b.md': '---\nupdated: 2026-01-02\n---\n# B\n\nText.\n',
  'guidekit.config.js': "export default { siteUrl: 'https://example.com/', lastUpdated: true, editLink: 'https://git.example.com/edit/main/{path}' };\n",
};

describe('last updated and edit links', () => {
  it('dates each page by its last commit (front matter updated wins), in the page, its structured data and the sitemap', async () => {
    const root = contentFolder(files);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'first');
    const outDir = path.join(tempDir(), 'out');
    expect((await build({ root, outDir, cache: false })).ok).toBe(true);
    const a = fs.readFileSync(path.join(outDir, 'a/index.html'), 'utf8');
    expect(a).toContain('Last updated <time datetime="2024-05-06">May 6, 2024</time>');
    expect(a).toContain('"dateModified":"2024-05-06"');
    expect(fs.readFileSync(path.join(outDir, 'b/index.html'), 'utf8')).toContain('<time datetime="2026-01-02">January 2, 2026</time>');
    const sitemap = fs.readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://example.com/a/</loc><lastmod>2024-05-06</lastmod>');
    expect(a).toContain('<p class="gk-edit-link"><a href="https://git.example.com/edit/main/a.md" rel="noopener">Edit this page</a></p>');
  });

  it('writes dates as the reader’s language does, and other text as it is', async () => {
    const root = contentFolder({
      'guidekit.config.js': "export default { locales: { en: { label: 'English' }, ja: { label: '日本語' }, fr: { label: 'Français' } } };\n",
      'en/index.md': '# Home\n',
      'en/a.md': '---\nupdated: 2026-01-02\n---\n# A\n',
      'en/b.md': '---\nupdated: spring 2026\n---\n# B\n',
      'fr/a.md': '---\nupdated: 2026-01-02\n---\n# A\n',
      'ja/a.md': '---\nupdated: 2026-01-02T23:30:00Z\n---\n# A\n',
    });
    const outDir = path.join(tempDir(), 'out');
    expect((await build({ root, outDir, cache: false })).ok).toBe(true);
    const time = (file: string) => /<time [^>]*>[^<]*<\/time>/.exec(fs.readFileSync(path.join(outDir, file), 'utf8'))?.[0];
    expect(time('fr/a/index.html')).toBe('<time datetime="2026-01-02">2 janvier 2026</time>');
    expect(time('ja/a/index.html')).toBe('<time datetime="2026-01-02T23:30:00Z">2026年1月2日</time>');
    expect(time('b/index.html')).toBe('<time datetime="spring 2026">spring 2026</time>');
  });

  it('says nothing of dates in a shallow clone, which knows only its last commit', async () => {
    const origin = contentFolder(files);
    git(origin, 'init', '-q');
    git(origin, 'add', '.');
    git(origin, 'commit', '-q', '-m', 'first');
    fs.appendFileSync(path.join(origin, 'index.md'), '\nMore.\n');
    git(origin, 'commit', '-q', '-am', 'second');
    const clone = path.join(tempDir(), 'clone');
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);
    const outDir = path.join(tempDir(), 'out');
    expect((await build({ root: clone, outDir, cache: false })).ok).toBe(true);
    expect(fs.readFileSync(path.join(outDir, 'a/index.html'), 'utf8')).not.toContain('Last updated');
  });
});
