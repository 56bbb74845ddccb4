import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { buildGuide, cleanBuild } from '../helpers.js';

const guide = {
  'guidekit.config.js': "export default { title: 'Guide', description: 'All about it.', siteUrl: 'https://example.com/g/' };\n",
  'index.md': '# Guide\n\nWelcome. Start [here](01-intro.md).\n',
  '01-intro.md': '---\ndescription: Where to begin.\n---\n# Intro\n\n> [!NOTE]\n> Read [the roles](02-team/01-roles.md#duties) and see ![map](02-team/map.svg).\n\n[Elsewhere](https://example.org/a.md) and [next](#next).\n\n## Next\n\nMore.\n',
  '02-team/index.md': '# Team\n\nThe team page.\n\nSee [roles].\n\n[roles]: 01-roles.md\n',
  '02-team/01-roles.md': '# Roles\n\n## Duties\n\nWho does what.\n',
  '02-team/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  '03-draft.md': '---\ndraft: true\n---\n# Draft\n\nNot yet.\n',
};

/** The machine-readable files a build of the guide writes, by name. */
async function files(overrides: Record<string, string> = {}) {
  const { outDir, report } = await buildGuide({ ...guide, ...overrides });
  expect(report.diagnostics).toEqual([]);
  const names = ['sitemap.xml', 'robots.txt', 'llms.txt', 'llms-full.txt'];
  return new Map(names.filter((f) => fs.existsSync(path.join(outDir, f))).map((f) => [f, fs.readFileSync(path.join(outDir, f), 'utf8')]));
}

describe('site files', () => {
  it('writes sitemap.xml and robots.txt with full URLs when siteUrl is set', async () => {
    const out = await files();
    expect(out.get('sitemap.xml')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        ['', 'intro/', 'team/', 'team/roles/'].map((p) => `  <url><loc>https://example.com/g/${p}</loc></url>`).join('\n') +
        '\n</urlset>\n',
    );
    expect(out.get('robots.txt')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.com/g/sitemap.xml\n');
  });

  it('writes llms.txt: title, description, chapters, each chapter\'s sub-topics, and the optional full text', async () => {
    expect((await files()).get('llms.txt')).toBe(
      [
        '# Guide',
        '',
        '> Welcome. Start here.',
        '',
        '## Chapters',
        '',
        '- [1. Intro](https://example.com/g/intro/): Where to begin.',
        '- [2. Team](https://example.com/g/team/): The team page.',
        '',
        '## 2. Team',
        '',
        '- [Roles](https://example.com/g/team/roles/): Who does what.',
        '',
        '## Optional',
        '',
        '- [The whole guide](https://example.com/g/llms-full.txt): every page as markdown, in reading order',
        '- [Print version](https://example.com/g/print/): every page on one web page, to print or save as PDF',
        '',
      ].join('\n'),
    );
  });

  it('writes llms-full.txt: every page as written, in reading order, no front matter, links to the guide as full URLs', async () => {
    expect((await files()).get('llms-full.txt')).toBe(
      [
        '# Guide',
        '',
        '> All about it.',
        '',
        'URL: <https://example.com/g/>',
        '',
        'Welcome. Start [here](https://example.com/g/intro/).',
        '',
        '# 1. Intro',
        '',
        'URL: <https://example.com/g/intro/>',
        '',
        '> [!NOTE]',
        '> Read [the roles](https://example.com/g/team/roles/#duties) and see ![map](https://example.com/g/team/map.svg).',
        '',
        '[Elsewhere](https://example.org/a.md) and [next](https://example.com/g/intro/#next).',
        '',
        '## Next',
        '',
        'More.',
        '',
        '# 2. Team',
        '',
        'URL: <https://example.com/g/team/>',
        '',
        'The team page.',
        '',
        'See [roles].',
        '',
        '[roles]: https://example.com/g/team/roles/',
        '',
        '# Roles',
        '',
        'URL: <https://example.com/g/team/roles/>',
        '',
        '## Duties',
        '',
        'Who does what.',
        '',
      ].join('\n'),
    );
  });

  it('uses paths under the base without siteUrl, and leaves files public/ provides to it', async () => {
    const out = await files({
      'guidekit.config.js': "export default { title: 'Guide', base: '/docs/' };\n",
      'public/llms.txt': '# Our own\n',
    });
    expect([...out.keys()]).toEqual(['llms.txt', 'llms-full.txt']);
    expect(out.get('llms.txt')).toBe('# Our own\n');
    expect(out.get('llms-full.txt')).toContain('Read [the roles](/docs/team/roles/#duties)');
  });

  it('rewrites llms-full.txt when a link in it resolves elsewhere, though no page it holds changed', async () => {
    const { root, outDir } = await buildGuide({ '01-a.md': '# A\n\nSee [b](02-b.md) and [the map](map.svg).\n', '02-b.md': '# B\n\nText.\n', 'map.svg': '<svg/>' });
    const llmsFull = (dir: string) => fs.readFileSync(path.join(dir, 'llms-full.txt'), 'utf8');
    expect(llmsFull(outDir)).toContain('See [b](/b/) and [the map](/map.svg).');
    // The target keeps its URL under a new file name, the image is gone: the link as written no longer resolves.
    fs.renameSync(path.join(root, '02-b.md'), path.join(root, '03-b.md'));
    fs.rmSync(path.join(root, 'map.svg'));
    expect((await build({ root, outDir })).ok).toBe(true);
    expect(llmsFull(outDir)).toContain('See [b](02-b.md) and [the map](map.svg).');
    expect(llmsFull(outDir)).toBe((await cleanBuild(root)).read('llms-full.txt'));
  });
});
