import { describe, expect, it } from 'vitest';
import { renderPages } from './render-page.js';

/** Renders a guide's glossary page as a build does; the diagnostics are the loading's and the glossary page's. */
async function load(files: Record<string, string>) {
  const { context, diagnostics, glossaryPage } = await renderPages(files);
  const all = [...diagnostics, ...(glossaryPage?.diagnostics ?? [])].sort((a, b) => (a.file! < b.file! ? -1 : a.file! > b.file! ? 1 : 0));
  return { guide: { glossary: context.glossary }, diagnostics: all };
}

const glossaryPage = [
  '---',
  'glossary: true',
  '---',
  '# Glossary',
  '',
  'Terms used in this guide.',
  '',
  '## Minimum Viable Product (MVP)',
  '',
  'The smallest version of a product that tests a *hypothesis* with real users.',
  '',
  '## Sprint',
  '',
  'A fixed period of work,',
  'usually two weeks.',
  '',
  'Teams plan at its start.',
  '',
  '## Backlog',
  '',
  '## Velocity',
  '',
  'Work finished per sprint.',
  '',
].join('\n');

describe('the glossary', () => {
  it('reads `## Term (ABBR)` headings and the text under them from the page marked `glossary: true`', async () => {
    const { guide, diagnostics } = await load({ 'index.md': '# Home\n\nHi.\n', '09-glossary.md': glossaryPage });
    expect(guide.glossary).toMatchObject({
      file: '09-glossary.md',
      url: '/glossary/',
      terms: [
        {
          term: 'Minimum Viable Product',
          alias: 'MVP',
          heading: 'Minimum Viable Product (MVP)',
          id: 'minimum-viable-product-mvp',
          definition: 'The smallest version of a product that tests a hypothesis with real users.',
        },
        { term: 'Sprint', heading: 'Sprint', id: 'sprint', definition: 'A fixed period of work, usually two weeks. Teams plan at its start.' },
        { term: 'Velocity', id: 'velocity', definition: 'Work finished per sprint.' },
      ],
    });
    expect(guide.glossary!.terms[1]).not.toHaveProperty('alias');
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'glossary', file: '09-glossary.md', line: 19, message: 'glossary term "Backlog" has no definition' }]);
  });

  it('warns about a term defined twice and a second glossary page', async () => {
    const { guide, diagnostics } = await load({
      'a.md': '---\nglossary: true\n---\n# A\n\n## Sprint\n\nOne.\n\n## sprint\n\nTwo.\n',
      'b.md': '---\nglossary: true\n---\n# B\n\n## Epic\n\nBig.\n',
    });
    expect(guide.glossary!.file).toBe('a.md');
    expect(diagnostics.map((d) => [d.file, d.line, d.message])).toEqual([
      ['a.md', 10, '"sprint" is defined twice in the glossary (also as "Sprint")'],
      ['b.md', 2, 'only one page can be the glossary; a.md already is'],
    ]);
  });

  it('has no glossary without a page marked `glossary: true`, and a signature that follows the definitions', async () => {
    expect((await load({ 'a.md': '# A\n\n## Sprint\n\nOne.\n' })).guide.glossary).toBeUndefined();
    const one = (await load({ 'g.md': '---\nglossary: true\n---\n## Sprint\n\nOne.\n' })).guide.glossary!;
    const same = (await load({ 'g.md': '---\nglossary: true\n---\n## Sprint\n\nOne.\n' })).guide.glossary!;
    const two = (await load({ 'g.md': '---\nglossary: true\n---\n## Sprint\n\nTwo.\n' })).guide.glossary!;
    expect(one.signature).toBe(same.signature);
    expect(one.signature).not.toBe(two.signature);
  });

  it("takes each term's id from its heading as rendered, and its text as a reader sees it", async () => {
    const files = {
      'index.md': '# Home\n\nEach sprint yields an increment.\n',
      'g.md': '---\nglossary: true\n---\n# Glossary\n\n## Sprint[^1]\n\nA fixed period of work.\n\n## <em>Increment</em>\n\nWhat a sprint delivers.\n\n[^1]: Scrum.\n',
    };
    const { guide } = await load(files);
    expect(guide.glossary!.terms.map(({ term, id }) => [term, id])).toEqual([
      ['Sprint', 'sprint1'],
      ['Increment', 'increment'],
    ]);
    const { glossaryPage, render } = await renderPages(files);
    for (const { id } of guide.glossary!.terms) expect(glossaryPage!.data.ids).toContain(id);
    expect((await render('index.md')).html).toContain('href="/g/#sprint1"');
  });
});
