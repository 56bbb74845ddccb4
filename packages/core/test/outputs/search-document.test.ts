import zlib from 'node:zlib';
import { createIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../src/outputs/search/search-document.js';
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
      'authors.yml': 'ann:\n  name: Ann\n  avatar: https://example.com/ann.png\n',
      '01-team/index.md': '---\nauthor: ann\n---\n# Team\n\nPeople, with `</div>` in code and ![a </div> sign](map.svg).\n',
      '01-team/01-roles.md':
        '---\nauthor: ann\n---\n# Roles\n\n## Duties\n\nWho decides what, with `data-pagefind-body` in code.\n\n| a | b |\n|---|---|\n| <x> | y |\n',
      '01-team/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>',
    });
    // An image in the text, and none (the author's avatar is then the page's image).
    const images = [];
    for (const file of ['team/index.html', 'team/roles/index.html']) {
      const page = read(file);
      const document = searchDocument(page)!;
      expect(document.length).toBeLessThan(page.length / 2);
      expect(document).not.toContain('id="sidebar"');
      const fragment = (await fragmentOf(page)) as { meta: { image?: string } };
      expect(await fragmentOf(document)).toEqual(fragment);
      images.push(fragment.meta.image);
    }
    expect(images).toEqual(['/team/map.svg', 'https://example.com/ann.png']);
  });

  it('keeps the html tag, the body, metadata taken from text or attributes, and what pagefind reads anyway', () => {
    const page = [
      '<!DOCTYPE html><html lang="de"><head><title>T</title><script>if (a < b) x = "</div>";</script></head><body>',
      '<nav><a href="/">Home</a><img src="logo.svg" alt=""></nav>',
      '<article data-chapter="2. Team" data-pagefind-meta="chapter[data-chapter]"><header>',
      '<h1 data-pagefind-meta="title">Roles</h1><p>by <span data-pagefind-filter="author">Anna</span></p></header>',
      '<div data-pagefind-body><div><p>Text <code>&lt;div data-pagefind-meta="x"&gt;</code></p></div>',
      '<img alt="Close it with </div>" src="a.png"><!-- </div> --><p>More data-pagefind-ignore text</p></div>',
      '<img data-pagefind-meta="image[src]" src="b.png"><p data-pagefind-default-meta="summary">Sum</p></article>',
      '<footer>Footer</footer></body></html>',
    ].join('');
    expect(searchDocument(page)).toBe(
      [
        '<!DOCTYPE html><html lang="de"><body><title>T</title><img src="logo.svg" alt="">',
        '<article data-chapter="2. Team" data-pagefind-meta="chapter[data-chapter]"></article>',
        '<h1 data-pagefind-meta="title">Roles</h1><span data-pagefind-filter="author">Anna</span>',
        '<div data-pagefind-body><div><p>Text <code>&lt;div data-pagefind-meta="x"&gt;</code></p></div>',
        '<img alt="Close it with </div>" src="a.png"><!-- </div> --><p>More data-pagefind-ignore text</p></div>',
        '<img data-pagefind-meta="image[src]" src="b.png"><p data-pagefind-default-meta="summary">Sum</p></body></html>',
      ].join(''),
    );
  });

  it('is left to the whole page without a body element, with part of the page ignored, or with an element it cannot follow', () => {
    expect(searchDocument('<html><body><h1 data-pagefind-meta="title">T</h1><p>Text</p></body></html>')).toBeUndefined();
    expect(searchDocument('<html><body><div data-pagefind-body><div>unclosed</body></html>')).toBeUndefined();
    expect(searchDocument('<html><body><ul><li data-pagefind-filter="tag">Red<li>Blue</ul><div data-pagefind-body>T</div></body></html>')).toBeUndefined();
    expect(searchDocument('<html><body><aside data-pagefind-ignore="all"><b data-pagefind-filter="x">y</b></aside><div data-pagefind-body>T</div></body></html>')).toBeUndefined();
  });
});
