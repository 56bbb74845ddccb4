import { describe, expect, it } from 'vitest';
import { renderPage } from '../render-page.js';

const render = (text: string) => renderPage({ 'a.md': text, 'b.md': '# B\n' }, 'a.md');

describe('directives', () => {
  it('renders admonitions as the callouts of `> [!NOTE]`, with a title of their own and the spellings of Docusaurus', async () => {
    const callout = await render('> [!NOTE]\n> Body\n');
    const directive = await render(':::note\nBody\n:::\n');
    expect(directive.html).toBe(callout.html);
    expect(directive.html).toBe('<aside class="callout callout-note" role="note">\n<p class="callout-title">Note</p>\n<p>Body</p>\n</aside>');
    expect((await render(':::tip[Read *this*]\nBody\n:::\n')).html).toBe(
      '<aside class="callout callout-tip" role="note">\n<p class="callout-title">Read <em>this</em></p>\n<p>Body</p>\n</aside>',
    );
    expect((await render(':::caution\nx\n:::\n')).html).toContain('class="callout callout-warning"');
    expect((await render(':::warning\nx\n:::\n')).html).toContain('class="callout callout-warning"');
    expect((await render(':::danger\nx\n:::\n')).html).toContain('class="callout callout-caution" role="note">\n<p class="callout-title">Danger</p>');
    expect((await render(':::info\nx\n:::\n')).html).toContain('<p class="callout-title">Info</p>');
  });

  it('renders tabs written with tab markers or nested containers alike, as labelled sections', async () => {
    const markers = await render(':::tabs\n::tab[npm]\nnpm i\n::tab[pnpm]\npnpm i\n:::\n');
    const nested = await render('::::tabs\n:::tab[npm]\nnpm i\n:::\n:::tab[pnpm]\npnpm i\n:::\n::::\n');
    expect(markers.html).toBe(
      '<div class="gk-tabs"><section class="gk-tab" data-label="npm"><p class="gk-tab-label">npm</p><p>npm i</p></section>' +
        '<section class="gk-tab" data-label="pnpm"><p class="gk-tab-label">pnpm</p><p>pnpm i</p></section></div>',
    );
    expect(nested.html).toBe(markers.html);
    expect([...markers.data.features].sort()).toEqual(['components', 'tabs']);
  });

  it('labels the blocks of a code group by `[label]`, else `title`, else language, without a caption besides', async () => {
    const { html } = await render(':::code-group\n```sh [npm]\nnpm i\n```\n```js title="app.js"\nlet a\n```\n```py\nx\n```\n:::\n');
    expect([...html.matchAll(/data-label="([^"]*)"/g)].map((m) => m[1])).toEqual(['npm', 'app.js', 'py']);
    expect(html).not.toContain('figcaption');
    expect(html).toMatch(/^<div class="gk-tabs gk-code-group">/);
  });

  it('renders steps, cards with links resolved like any link, details and badges', async () => {
    expect((await render(':::steps\n1. one\n2. two\n:::\n')).html).toBe('<div class="gk-steps"><ol>\n<li>one</li>\n<li>two</li>\n</ol></div>');
    expect((await render('::::cards\n:::card[Next]{href="b.md"}\nThe next page.\n:::\n::::\n')).html).toBe(
      '<div class="gk-cards"><div class="gk-card gk-link-card"><p class="gk-card-title"><a href="/b/">Next</a></p><p>The next page.</p></div></div>',
    );
    expect((await render(':::details[More]{open}\nhidden\n:::\n')).html).toBe(
      '<details class="gk-details" open><summary class="gk-details-summary">More</summary><p>hidden</p></details>',
    );
    expect((await render('New :badge[beta]{variant=caution} here\n')).html).toBe('<p>New <span class="gk-badge gk-badge-caution">beta</span> here</p>');
  });

  it('warns about a card linking nowhere at its line, and about steps without a numbered list', async () => {
    const card = await render('# A\n\n:::card[Gone]{href="c.md"}\nx\n:::\n');
    expect(card.diagnostics.map((d) => [d.line, d.message])).toEqual([[3, 'link target not found: c.md']]);
    const steps = await render(':::steps\n- one\n:::\n');
    expect(steps.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([[1, 1, ':::steps holds no numbered list: write the steps as `1.`, `2.`, …']]);
  });

  it('keeps times, ratios and `a:b` in prose as they are, silently', async () => {
    const prose = 'At 10:30 the ratio was 3:2, key:value and std::vector.\n';
    const alone = await render(prose);
    const beside = await render(`${prose}\n:::note\nx\n:::\n`);
    expect(alone.html).toBe('<p>At 10:30 the ratio was 3:2, key:value and std::vector.</p>');
    expect(beside.html.startsWith(alone.html)).toBe(true);
    expect(beside.diagnostics).toEqual([]);
  });

  it('warns about an unknown directive at its place, with the name meant, and keeps its text', async () => {
    const { html, diagnostics } = await render('# A\n\n:::tipp\nkept\n:::\n\n::bar[x]{y=1}\n\nsee :bdage[new] here\n');
    expect(html).toBe('<div><p>kept</p></div>\n<p>::bar[x]{y="1"}</p>\n<p>see :bdage[new] here</p>');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:1 unknown directive `:::tipp` (did you mean `tip`?)',
      '7:1 unknown directive `::bar`',
      '9:5 unknown directive `:bdage` (did you mean `badge`?)',
    ]);
  });

  it('warns about a title written after a space, as Docusaurus 2 wrote it, which is not read as a directive', async () => {
    const { diagnostics } = await render('# A\n\n:::note Legacy title\nBody\n:::\n');
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '3:1 `:::note Legacy title` is not read as a directive: write the title in brackets, `:::note[Legacy title]`',
    ]);
  });

  it('leaves a page without directives to the fast parser, with the same HTML as before', async () => {
    const page = '# A\n\nText with a time, 10:30, and a [link](b.md).\n\n> [!TIP]\n> Tip.\n';
    const { html } = await render(page);
    expect(html).toBe('<p>Text with a time, 10:30, and a <a href="/b/">link</a>.</p>\n<aside class="callout callout-tip" role="note">\n<p class="callout-title">Tip</p>\n<p>Tip.</p>\n</aside>');
  });
});
