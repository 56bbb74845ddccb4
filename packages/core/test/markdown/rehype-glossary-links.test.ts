import { describe, expect, it } from 'vitest';
import { renderPages } from './render-page.js';

const glossary = [
  '---',
  'glossary: true',
  '---',
  '# Glossary',
  '',
  'See also the [intro](01-intro.md).',
  '',
  '## Minimum Viable Product (MVP)',
  '',
  'The smallest product that tests an idea.',
  '',
  '## Sprint',
  '',
  'A fixed period of work.',
  '',
  '## 360 Review',
  '',
  'Feedback from all around.',
  '',
].join('\n');

const tip = (id: string, heading: string, definition: string) =>
  `<span class="gk-term-tip" id="gk-tip-${id}" role="tooltip" data-pagefind-ignore><strong>${heading}</strong> ${definition}</span>`;
const MVP_TIP = tip('minimum-viable-product-mvp', 'Minimum Viable Product (MVP)', 'The smallest product that tests an idea.');

async function render(page: string, frontMatter = '') {
  const { render } = await renderPages({ '01-intro.md': `${frontMatter}# Intro\n\n${page}`, '09-glossary.md': glossary }, '/docs/');
  return (await render('01-intro.md')).html;
}

describe('glossary term links', () => {
  it('links the first mention of a term to its definition, with the definition as its tooltip', async () => {
    expect(await render('We ship an MVP every sprint. The next MVP waits for the next sprint.\n')).toBe(
      '<p>We ship an <span class="gk-term"><a class="gk-term-link" href="/docs/glossary/#minimum-viable-product-mvp" aria-describedby="gk-tip-minimum-viable-product-mvp">MVP</a>' +
        `${MVP_TIP}</span> every <span class="gk-term"><a class="gk-term-link" href="/docs/glossary/#sprint" aria-describedby="gk-tip-sprint">sprint</a>` +
        `${tip('sprint', 'Sprint', 'A fixed period of work.')}</span>. The next MVP waits for the next sprint.</p>`,
    );
  });

  it('finds the term in any case and in the plural, but only once per page', async () => {
    const html = await render('Two sprints.\n\n- A minimum viable products list.\n- Another sprint.\n');
    expect(html.match(/class="gk-term-link"/g)).toHaveLength(2);
    expect(html).toContain('>sprints</a>');
    expect(html).toContain('>minimum viable products</a>');
  });

  it('never links inside headings, links, code spans or code blocks', async () => {
    const html = await render(
      ['## Our sprint', '', '[Sprint notes](https://example.com) and `sprint` in code.', '', '```', 'sprint MVP', '```', '', 'A sprint at last.', ''].join('\n'),
    );
    expect(html).toContain('<h2 id="our-sprint">Our sprint');
    expect(html).toContain('<a href="https://example.com">Sprint notes</a>');
    expect(html).toContain('<code>sprint</code>');
    expect(html.match(/class="gk-term-link"/g)).toHaveLength(1);
    expect(html).toContain('<p>A <span class="gk-term"><a class="gk-term-link" href="/docs/glossary/#sprint"');
  });

  it('leaves a word wrapped in <span data-no-glossary> alone and links a later mention', async () => {
    const html = await render('The <span data-no-glossary>sprint</span> word. A sprint.\n');
    expect(html).toContain('The <span data-no-glossary>sprint</span> word. A <span class="gk-term">');
  });

  it('links nothing on a page with `glossary: false`, nor on the glossary page itself', async () => {
    expect(await render('An MVP in a sprint.\n', '---\nglossary: false\n---\n')).toBe('<p>An MVP in a sprint.</p>');
    const { render: renderFile } = await renderPages({ '09-glossary.md': glossary });
    expect((await renderFile('09-glossary.md')).html).not.toContain('gk-term-link');
  });
});

describe('the glossary page', () => {
  it('gets an A–Z index above the first term, each letter linking to its first term', async () => {
    const { render } = await renderPages({ '09-glossary.md': glossary });
    const html = (await render('09-glossary.md')).html;
    const index = html.slice(html.indexOf('<nav'), html.indexOf('</nav>') + 6);
    expect(index.startsWith('<nav class="gk-glossary-index" aria-label="Glossary from A to Z"><ol><li><a href="#360-review" title="360 Review">#</a></li>')).toBe(true);
    expect(index).toContain('<li aria-hidden="true"><span>A</span></li>');
    expect(index).toContain('<li><a href="#minimum-viable-product-mvp" title="Minimum Viable Product (MVP)">M</a></li>');
    expect(index).toContain('<li><a href="#sprint" title="Sprint">S</a></li>');
    expect(index.match(/<li/g)).toHaveLength(27);
    expect(html.indexOf('<nav')).toBeLessThan(html.indexOf('<h2 id="minimum-viable-product-mvp"'));
    expect(html.indexOf('<nav')).toBeGreaterThan(html.indexOf('See also'));
  });
});
