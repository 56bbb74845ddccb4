import zlib from 'node:zlib';
import { createIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../src/outputs/search-document.js';
import { buildGuide } from '../helpers.js';

/** What pagefind records of a page: its fragment (text, metadata, filters, anchors, word count). */
async function fragmentOf(html: string): Promise<unknown> {
  const { index } = await createIndex();
  try {
    await index!.addHTMLFile({ sourcePath: 'page/index.html', content: html });
    const { files } = await index!.getFiles();
    const fragment = files.find((file) => file.path.startsWith('fragment/'))!;
    const text = zlib.gunzipSync(fragment.content).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{')));
  } finally {
    await index!.deleteIndex();
  }
}

describe('the search document of a page', () => {
  it('gives pagefind the same record as the whole page, from a fraction of it', async () => {
    const { read } = await buildGuide({
      'index.md': '# Home\n\nWelcome.\n',
      '01-team/index.md': '# Team\n\nPeople.\n',
      '01-team/01-roles.md':
        '# Roles\n\n## Duties\n\nWho decides what, with `data-pagefind-body` in code.\n\n![map](map.svg)\n\n| a | b |\n|---|---|\n| <x> | y |\n',
      '01-team/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>',
    });
    const page = read('team/roles/index.html');
    const document = searchDocument(page)!;
    expect(document.length).toBeLessThan(page.length / 2);
    expect(document).not.toContain('id="sidebar"');
    expect(await fragmentOf(document)).toEqual(await fragmentOf(page));
  });

  it('keeps the html tag, the body, and metadata taken from text or attributes', () => {
    const page = [
      '<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><nav><a href="/">Home</a></nav>',
      '<article data-chapter="2. Team" data-pagefind-meta="chapter[data-chapter]"><header>',
      '<h1 data-pagefind-meta="title">Roles</h1><p>by <span data-pagefind-filter="author">Anna</span></p></header>',
      '<div data-pagefind-body><div><p>Text <code>&lt;div data-pagefind-meta="x"&gt;</code></p></div><p>More data-pagefind-ignore text</p></div>',
      '<img data-pagefind-meta="image[src]" src="a.png"></article><footer>Footer</footer></body></html>',
    ].join('');
    expect(searchDocument(page)).toBe(
      [
        '<!DOCTYPE html><html lang="de"><body>',
        '<article data-chapter="2. Team" data-pagefind-meta="chapter[data-chapter]"></article>',
        '<h1 data-pagefind-meta="title">Roles</h1><span data-pagefind-filter="author">Anna</span>',
        '<div data-pagefind-body><div><p>Text <code>&lt;div data-pagefind-meta="x"&gt;</code></p></div><p>More data-pagefind-ignore text</p></div>',
        '<img data-pagefind-meta="image[src]" src="a.png"></body></html>',
      ].join(''),
    );
  });

  it('is left to the whole page when the page has no body element, or one it cannot follow', () => {
    expect(searchDocument('<html><body><h1 data-pagefind-meta="title">T</h1><p>Text</p></body></html>')).toBeUndefined();
    expect(searchDocument('<html><body><div data-pagefind-body><div>unclosed</body></html>')).toBeUndefined();
  });
});
