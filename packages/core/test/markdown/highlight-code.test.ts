import { describe, expect, it } from 'vitest';
import { renderPages } from './render-page.js';

const fence = (code: string) => `\`\`\`js {2}\n${code}\n\`\`\``;

describe('highlighted code', () => {
  it('is taken from the last rendering of the page for each block that did not change', async () => {
    const { render } = await renderPages({
      'a.md': `# A\n\n${fence('const kept = 1;\nkept + 1;')}\n\n${fence('const other = 2;')}\n\n\`\`\`nosuchlanguage\nplain\n\`\`\`\n`,
    });
    const first = await render('a.md');
    expect(first.diagnostics).toEqual([]);
    expect(first.html).toContain('<span class="line highlighted">');
    expect(first.html).toContain('<pre class="shiki guidekit" style="background-color:var(--gk-code-background);color:var(--gk-code-foreground)" tabindex="0"><code><span class="line"><span>plain</span></span></code></pre>');
    expect(await render('a.md', first.highlighted)).toEqual(first);

    // A stored block stands in for highlighting it again: a mark put in it shows it was used.
    const again = await render('a.md', first.highlighted.replace('" kept"', '" KEPT"').replace('" other"', '" OTHER"'));
    expect(again.html).toContain(' KEPT</span>');
    expect(again.html).toContain(' OTHER</span>');
    expect(again.html.replace(' KEPT<', ' kept<').replace(' OTHER<', ' other<')).toBe(first.html);
    expect(JSON.parse(again.highlighted)).toHaveLength(3);
  });

  it('is highlighted again when its code or meta changed', async () => {
    const before = await renderPages({ 'a.md': `# A\n\n${fence('const a = 1;\nconst b = 2;')}\n` });
    const after = await renderPages({ 'a.md': `# A\n\n${fence('const a = 1;\nconst c = 3;')}\n\n\`\`\`js\nconst a = 1;\nconst b = 2;\n\`\`\`\n` });
    const stored = (await before.render('a.md')).highlighted.replaceAll('const', 'CONST');
    const { html } = await after.render('a.md', stored);
    expect(html).not.toContain('CONST');
    expect(html).toBe((await after.render('a.md')).html);
  });
});
