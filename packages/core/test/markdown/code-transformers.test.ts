import { describe, expect, it } from 'vitest';
import { renderPage } from './render-page.js';

const page = (fence: string) => ({ 'a.md': `# A\n\n${fence}\nconst a = 1;\nconst b = 2;\nconst c = 3;\n\`\`\`\n` });

describe('code blocks', () => {
  it('take a title from the info string and show it as the caption of a figure', async () => {
    const { html } = await renderPage(page('```js title="app.js"'), 'a.md');
    expect(html.startsWith('<figure class="gk-code-figure"><figcaption class="gk-code-title">app.js</figcaption><pre class="shiki guidekit"')).toBe(true);
    expect(html.endsWith('</pre></figure>')).toBe(true);
  });

  it('highlight the lines named in braces', async () => {
    const { html } = await renderPage(page("```js {1,3-3} title='x y.js'"), 'a.md');
    const lines = [...html.matchAll(/<span class="line( highlighted)?">/g)].map((m) => Boolean(m[1]));
    expect(lines).toEqual([true, false, true]);
    expect(html).toContain('<figcaption class="gk-code-title">x y.js</figcaption>');
  });

  it('stay plain without meta', async () => {
    const { html } = await renderPage(page('```js'), 'a.md');
    expect(html.startsWith('<pre class="shiki guidekit"')).toBe(true);
    expect(html).not.toContain('highlighted');
  });

  it('mark lines from comments in the code, words from the meta, and number lines from a given start', async () => {
    const code = '```js showLineNumbers=5 /total/\nconst total = 1; // [!code ++]\nconst old = 2; // [!code --]\nfocus(); // [!code focus]\nhi(); /* [!code highlight] */\nword(); // [!code word:word]\n```\n';
    const { html, data } = await renderPage({ 'a.md': `# A\n\n${code}` }, 'a.md');
    expect(html).toMatch(/^<pre class="shiki guidekit has-diff has-highlighted has-focused line-numbers" style="[^"]*;--gk-line-start:4"/);
    expect([...html.matchAll(/<span class="line([^"]*)">/g)].map((m) => m[1])).toEqual([' diff add', ' diff remove', ' focused', ' highlighted', '']);
    expect([...html.matchAll(/class="highlighted-word">([^<]*)</g)].map((m) => m[1])).toEqual(['total', 'word']);
    expect(html).not.toContain('[!code');
    expect([...data.features]).toEqual(['code']);
  });

  it('frame shell blocks as a terminal, and number every block when the config says so', async () => {
    const { html } = await renderPage({ 'a.md': '# A\n\n```sh\nnpm i\n```\n\n```console noLineNumbers\n$ ls\n```\n', 'guidekit.config.js': 'export default { markdown: { lineNumbers: true } };\n' }, 'a.md');
    expect([...html.matchAll(/<pre class="([^"]*)"/g)].map((m) => m[1])).toEqual(['shiki guidekit line-numbers gk-terminal', 'shiki guidekit gk-terminal']);
  });

  it('leave a page without extras out of the code stylesheet', async () => {
    const { data } = await renderPage(page('```js {2}'), 'a.md');
    expect([...data.features]).toEqual([]);
  });
});
