import { describe, expect, it } from 'vitest';
import { load, outline } from './helpers.js';

describe('titles and order as authors wrote them', () => {
  it('takes a page\'s only leading ## as its title, not a ## among others, nor the glossary\'s terms', async () => {
    const { guide } = await load({
      'a.md': '## Installing\n\nText.\n\n### On Linux\n',
      'b.md': '## First\n\n## Second\n',
      'c.md': '---\nglossary: true\n---\n## Sprint\n\nA term.\n',
      'd.md': 'Intro.\n\n## Later\n\n# Real title\n',
    });
    expect(['a.md', 'b.md', 'c.md', 'd.md'].map((f) => guide.byFile.get(f)!.title)).toEqual(['Installing', 'B', 'C', 'Real title']);
  });

  it('orders by the number a name carries after a word (ch01-02, lesson-3) when nothing else orders, keeping it in the URL', async () => {
    const { guide, diagnostics } = await load({
      'ch02-00-guessing.md': '# Guessing\n',
      'ch01-10-cargo.md': '# Cargo\n',
      'ch01-02-hello.md': '# Hello\n',
      'lesson-3-later.md': '# Later\n',
      'appendix.md': '# Appendix\n',
      'ch01-00-start.md': '---\norder: 9\n---\n# Start\n',
    });
    expect(diagnostics).toEqual([]);
    expect(outline(guide.pages)).toEqual(['Guide', '  1. Hello', '  2. Cargo', '  3. Guessing', '  4. Later', '  5. Start', '  Appendix']);
    expect(guide.byFile.get('ch01-02-hello.md')!.path).toBe('ch01-02-hello/');
  });

  it('orders by Docusaurus\'s sidebar_position and Starlight\'s sidebar.order, after front matter order', async () => {
    const { guide } = await load({
      'x.md': '---\nsidebar:\n  order: 2\n---\n# X\n',
      'y.md': '---\nsidebar_position: 1\n---\n# Y\n',
      'z.md': '---\nsidebar_position: 5\norder: 0\n---\n# Z\n',
    });
    expect(outline(guide.pages)).toEqual(['Guide', '  1. Z', '  2. Y', '  3. X']);
  });

  it('takes front matter id as the URL segment in a docs folder only', async () => {
    const page = { 'p.md': '---\nid: welcome\n---\n# P\n' };
    expect((await load(page)).guide.byFile.get('p.md')!.path).toBe('p/');
    expect((await load({ ...page, 'a/_category_.json': '{}', 'a/b.md': '# B\n' })).guide.byFile.get('p.md')!.path).toBe('welcome/');
  });

  it('prefers _meta.yml to _category_.json in one folder, and takes a page named as its folder as the folder\'s page', async () => {
    const { guide, diagnostics } = await load({
      'b/_category_.json': '{"label": "From category", "position": 1}',
      'b/_meta.yml': 'label: From meta\norder: 2\n',
      'b/page.md': '# Page\n',
      'a/a.md': '# A itself\n',
      'a/other.md': '# Other\n',
      'a/_category_.yml': 'label: Alpha\nposition: 1\ncollapsed: yes please\n',
      'c.md': '# C itself\n',
      'c/inner.md': '# Inner\n',
    });
    expect(outline(guide.pages)).toEqual(['Guide', '  1. Alpha', '    Other', '  2. From meta', '    Page', '  C itself', '    Inner']);
    expect(guide.byDir.get('c')!.file).toBe('c.md');
    // The folder's settings name it wherever it shows, over its page's own title.
    expect([guide.byDir.get('a')!.file, guide.byDir.get('a')!.title]).toEqual(['a/a.md', 'Alpha']);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual(['a/_category_.yml: `collapsed` must be a boolean']);
  });
});
