import { describe, expect, it } from 'vitest';
import { renderPages } from '../render-page.js';

const APP = `import { start } from './start';

export function main() {
  // #region setup
  const app = start();
  app.listen(3000);
  // #endregion setup
  return app;
}
`;

describe('includes', () => {
  it('embeds a markdown file as if written in the page, its links made relative to the page', async () => {
    const { render } = await renderPages({
      '01-intro.md': '# Intro\n',
      'guide/02-setup.md': '# Setup\n\nBefore.\n\n::include{file="../_snippets/install.md"}\n\nAfter.\n',
      '_snippets/install.md': '---\nnote: a snippet\n---\nRun the [intro](../01-intro.md) first.\n\n:::tip\nFrom a snippet.\n:::\n',
    });
    const { html, diagnostics, data } = await render('guide/02-setup.md');
    expect(html).toBe(
      '<p>Before.</p>\n<p>Run the <a href="/intro/">intro</a> first.</p>\n' +
        '<aside class="callout callout-tip" role="note">\n<p class="callout-title">Tip</p>\n<p>From a snippet.</p>\n</aside>\n<p>After.</p>',
    );
    expect(diagnostics).toEqual([]);
    expect([...data.includes!.keys()]).toEqual(['_snippets/install.md']);
  });

  it('tells a problem in an included file at that file’s own line, nested includes too', async () => {
    const { render } = await renderPages({
      'a.md': '# A\n\n::include{file="_s/one.md"}\n\nA [broken](nowhere.md) link.\n',
      '_s/one.md': 'One.\n\n::include{file="two.md"}\n',
      '_s/two.md': 'Two.\n\n\nSee [gone](../gone.md).\n',
    });
    const { diagnostics } = await render('a.md');
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      '_s/two.md:4:5 link target not found: ../gone.md',
      'a.md:5:3 link target not found: nowhere.md',
    ]);
  });

  it('refuses a path out of the content folder, a missing file, a cycle (naming the chain) and attributes it cannot read', async () => {
    const { render } = await renderPages({
      'a.md': '# A\n\n::include{file="../secret.md"}\n\n::include{file="_s/none.md"}\n\n::include{file="_s/loop.md"}\n\n::code{file="x.ts" /word/}\n',
      '_s/loop.md': 'Loop.\n\n::include{file="back.md"}\n',
      '_s/back.md': '::include{file="../a.md"}\n',
    });
    const { diagnostics } = await render('a.md');
    expect(diagnostics.map((d) => `${d.severity} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
      'error a.md:3:1 included file is outside the content folder: ../secret.md',
      'error a.md:5:1 included file not found: _s/none.md',
      'error _s/back.md:1:1 include cycle: a.md → _s/loop.md → _s/back.md → a.md',
      'error a.md:9:1 could not read this include: write `::include{file="…"}` or `::code{file="…" region="…"}`',
    ]);
  });

  it('shows a region of a code file, or a range of its lines, as a highlighted block', async () => {
    const { render } = await renderPages({
      'a.md': '# A\n\n::code{file="src/app.ts" region="setup" title="app.ts"}\n\n::code{file="src/app.ts" lines="2-3" lang="js"}\n\n::code{file="src/app.ts" region="nope"}\n',
      'src/app.ts': APP,
    });
    const { html, diagnostics } = await render('a.md');
    const blocks = html.split('</pre>').slice(0, 2).map((b) => b.replace(/<[^>]+>/g, ''));
    expect(blocks[0]).toBe('app.tsconst app = start();\napp.listen(3000);');
    expect(blocks[1]).toBe('\n\nexport function main() {');
    expect(html).toContain('<figcaption class="gk-code-title">app.ts</figcaption>');
    expect(diagnostics.map((d) => `${d.line} ${d.message}`)).toEqual([
      '7 src/app.ts: no region `nope` (mark it with `#region nope` and `#endregion`)',
    ]);
  });
});
