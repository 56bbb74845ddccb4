import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { readGlossary } from '../../src/markdown/read-glossary.js';
import { load as loadGuide } from '../helpers.js';

/** Loads a guide and reads its glossary; the diagnostics are the loading's and the glossary's. */
async function load(files: Record<string, string>) {
  const { guide, content, diagnostics } = await loadGuide(files);
  const bag = new DiagnosticBag();
  diagnostics.forEach((d) => bag.add(d));
  const glossary = readGlossary(guide, content.sources, bag);
  return { guide: { ...guide, glossary }, diagnostics: bag.sorted() };
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

describe('buildGlossary', () => {
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
});
