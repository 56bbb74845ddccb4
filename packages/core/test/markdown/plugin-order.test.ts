import { describe, expect, it } from 'vitest';
import { renderPage } from './render-page.js';

const page = '# A\n\nEnergy is $E = mc^2$, and:\n\n$$\n\\int_0^1 x\\,dx = \\frac{1}{2}\n$$\n\n:::note\nMath :badge[inline] $a^2$ in a directive.\n:::\n';
const config = (rehype: string) =>
  `import remarkMath from '${import.meta.resolve('remark-math')}';\nimport rehypeKatex from '${import.meta.resolve('rehype-katex')}';\n` +
  `export default { markdown: { remarkPlugins: [remarkMath], ${rehype}: [rehypeKatex] } };\n`;

describe('the user’s plugins', () => {
  it('run rehype plugins before the highlighter: remark-math and rehype-katex render inline and display math', async () => {
    const { html, diagnostics } = await renderPage({ 'a.md': page, 'guidekit.config.js': config('rehypePlugins') }, 'a.md');
    expect(diagnostics).toEqual([]);
    expect(html.match(/<span class="katex">/g)).toHaveLength(3);
    expect(html).toContain('<span class="katex-display">');
    expect(html).toContain('<annotation encoding="application/x-tex">E = mc^2</annotation>');
    expect(html).toContain('<annotation encoding="application/x-tex">\\int_0^1 x\\,dx = \\frac{1}{2}</annotation>');
    expect(html).not.toContain('class="shiki');
    // Directives still work with remark's parser, which remark-math's syntax brings in.
    expect(html).toContain('<aside class="callout callout-note" role="note">');
    expect(html).toContain('<span class="gk-badge gk-badge-note">inline</span>');
  });

  it('run `rehypePluginsAfter` on the finished tree, and `rehypePlugins` before the highlighter', async () => {
    // A plugin that leaves a comment saying whether the code block was highlighted when it ran.
    const witness = (key: string) =>
      "const witness = () => (tree) => { tree.children.push({ type: 'comment', value: JSON.stringify(tree).includes('shiki') ? 'highlighted' : 'raw' }); };\n" +
      `export default { markdown: { ${key}: [witness] } };\n`;
    const code = '# A\n\n```js\nconst a = 1;\n```\n';
    const after = await renderPage({ 'a.md': code, 'guidekit.config.js': witness('rehypePluginsAfter') }, 'a.md');
    expect(after.html).toContain('<!--highlighted-->');
    const before = await renderPage({ 'a.md': code, 'guidekit.config.js': witness('rehypePlugins') }, 'a.md');
    expect(before.html).toContain('<!--raw-->');
    expect(before.html).toContain('<pre class="shiki guidekit"');
  });
});
