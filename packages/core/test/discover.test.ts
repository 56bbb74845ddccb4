import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGuide } from '../src/index.js';
import { contentFolder, load } from './helpers.js';

describe('reading content files', () => {
  it('reports malformed YAML front matter at its line in the file', async () => {
    const { diagnostics } = await load({ 'a.md': '---\ntitle: A\ndescription: [unclosed\n---\n# A\n' });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'front-matter', file: 'a.md', line: 4 }]);
  });

  it('reports a wrongly typed key where it stands', async () => {
    const { diagnostics } = await load({ 'a.md': '---\ntitle: A\ndraft: perhaps\n---\nText.\n' });
    expect(diagnostics).toMatchObject([{ rule: 'front-matter', file: 'a.md', line: 3, column: 8 }]);
    expect(diagnostics[0]!.message).toBe('`draft` must be a boolean, not string "perhaps"');
  });

  it('reports a file that is not UTF-8 with the position of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# Title\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' au lait\n')]);
    const { diagnostics } = await load({ 'a.md': bytes });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'encoding', file: 'a.md', line: 3, column: 4 }]);
  });

  it('builds an empty file as a page named after the file, with a warning', async () => {
    const { guide, diagnostics } = await load({ '01-empty-page.md': '' });
    expect(guide.pages[1]!.title).toBe('Empty page');
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'empty-page', file: '01-empty-page.md' }]);
  });

  it('describes a page by its first paragraph of prose, not a callout, tabs or display math before it', async () => {
    const body = '# A\n\n:::note[Before you start]\nA note.\n:::\n\n::::tabs\n:::tab[One]\nIn a tab.\n:::\n::::\n\n$$\nx^2\n$$\n\nThe page itself.\n';
    const { guide } = await load({ 'a.md': body });
    expect(guide.pages[1]!.description).toBe('The page itself.');
  });

  it('reads CRLF line endings and a byte-order mark like LF files', async () => {
    const { guide, diagnostics } = await load({ 'a.md': '\uFEFF---\r\ntitle: Windows\r\nslug: win\r\n---\r\n\r\nBody.\r\n' });
    expect(diagnostics).toEqual([]);
    expect(guide.pages[1]).toMatchObject({ title: 'Windows', path: 'win/' });
  });

  it('skips a symlink loop with a warning instead of walking forever', async () => {
    const root = contentFolder({ 'a/page.md': '# Page\n' });
    fs.symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    const { guide, diagnostics } = await loadGuide(root);
    expect(guide.pages.map((p) => p.title)).toEqual(['Guide', 'A', 'Page']);
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'symlink-loop', file: 'a/loop' }]);
  });
});
