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
});
