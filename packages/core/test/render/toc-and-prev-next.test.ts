import { describe, expect, it } from 'vitest';
import { buildGuide } from '../helpers.js';

const body = '# Page\n\nIntro.\n\n## One\n\n### One A\n\n#### One A i\n\n## Two\n\n##### Deep\n';
/** The table of contents of a page as `depth:text`, nested levels indented. */
const toc = (html: string) => {
  const nav = /<nav class="gk-toc"[\s\S]*?<\/nav>/.exec(html)?.[0];
  if (!nav) return undefined;
  const entries: string[] = [];
  let depth = 0;
  for (const [, tag, text] of nav.matchAll(/<(\/?ol)[^>]*>|<a href="#[^"]+">([^<]+)<\/a>/g)) {
    if (tag === 'ol') depth++;
    else if (tag === '/ol') depth--;
    else entries.push(`${'  '.repeat(depth - 1)}${text}`);
  }
  return entries;
};

describe('the table of contents', () => {
  it('lists h2 and h3 by default, the levels config toc sets, and those a page sets over it', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': 'export default { toc: { max: 4 } };\n',
      'index.md': '# Home\n',
      'a.md': body,
      'b.md': `---\ntoc: { min: 3, max: 5 }\n---\n${body}`,
      'c.md': `---\ntoc: false\n---\n${body}`,
    });
    expect(report.errors).toBe(0);
    expect(toc(read('a/index.html'))).toEqual(['One', '  One A', '    One A i', 'Two']);
    expect(toc(read('b/index.html'))).toEqual(['One A', '  One A i', 'Deep']);
    expect(toc(read('c/index.html'))).toBeUndefined();
    expect(read('c/index.html')).not.toContain('has-toc');
  });

  it('stays two levels without config, and is left out when it would list one heading', async () => {
    const { read } = await buildGuide({ 'index.md': '# Home\n', 'a.md': body, 'b.md': '# B\n\n## Only\n\n#### Below\n' });
    expect(toc(read('a/index.html'))).toEqual(['One', '  One A', 'Two']);
    expect(toc(read('b/index.html'))).toBeUndefined();
  });
});

describe('prev and next', () => {
  const links = (html: string) => [...(/<nav class="gk-prev-next"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '').matchAll(/class="gk-(prev|next)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);

  it('lead where front matter says, or nowhere with false, else to the neighbours in reading order', async () => {
    const { report, read } = await buildGuide({
      'index.md': '# Home\n',
      '01-a.md': '---\nnext: 03-team/02-roles.md\n---\n# A\n',
      '02-b.md': '---\nprev: false\nnext: 03-team/\n---\n# B\n',
      '03-team/index.md': '# Team\n',
      '03-team/01-hiring.md': '---\nprev: ../01-a.md\n---\n# Hiring\n',
      '03-team/02-roles.md': '# Roles\n',
    });
    expect(report.errors).toBe(0);
    expect(links(read('a/index.html'))).toEqual(['prev /', 'next /team/roles/']);
    expect(links(read('b/index.html'))).toEqual(['next /team/']);
    expect(links(read('team/hiring/index.html'))).toEqual(['prev /a/', 'next /team/roles/']);
  });

  it('warns at its line about a page that is not there, with the one that was probably meant', async () => {
    const { report, read } = await buildGuide({
      'index.md': '# Home\n',
      '01-a.md': '---\ntitle: A\nnext: 02-bb.md\n---\nText.\n',
      '02-b.md': '# B\n',
    });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.hint})`)).toEqual([
      '01-a.md:3:7: warning: `next` names no page: 02-bb.md (did you mean 02-b.md?)',
    ]);
    expect(links(read('a/index.html'))).toEqual(['prev /', 'next /b/']);
  });
});
