import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { PORTABLE_ROOT, resolvePortableUrls } from '../../src/support/portable-urls.js';
import { buildGuide, snapshot, tempDir } from '../helpers.js';

const guide = {
  'guidekit.config.js': "export default { title: 'Guide', description: 'All about it.', siteUrl: 'https://example.com/g/', base: '/g/' };\n",
  'index.md': '# Guide\n\nWelcome. Start [here](01-intro.md).\n',
  '01-intro.md': '---\ndescription: Where to begin.\n---\n# Intro\n\nRead [the roles](02-team/01-roles.md#duties) and see ![map](02-team/map.svg).\n',
  '02-team/index.md': '# Team\n\nThe team page.\n',
  '02-team/01-roles.md': '---\ndescription: Who does what, and when.\n---\n# Roles\n\n## Duties\n\nA café owner delegates.\n',
  '02-team/map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
  'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

/** Every `href` and `src` of an HTML file. */
function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The results the portable search index gives for `query`: each page's URL and excerpt. */
async function searchIndex(outDir: string, query: string): Promise<{ url: string; title: string; excerpt: string }[]> {
  const file = path.join(outDir, 'search-index.js');
  const context: { self: Record<string, unknown>; document: unknown; URL: typeof URL } = {
    self: {},
    document: { currentScript: { src: `file://${file}` } },
    URL,
  };
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), context);
  const search = context.self.guidekitSearch as { debouncedSearch(q: string): Promise<{ results: { data(): Promise<{ url: string; meta: { title: string }; excerpt: string }> }[] }> };
  const { results } = await search.debouncedSearch(query);
  return Promise.all(results.map(async (r) => r.data())).then((all) => all.map((d) => ({ url: d.url, title: d.meta.title, excerpt: d.excerpt })));
}

describe('portable URLs', () => {
  it('makes URLs under the portable root relative to the file, naming the index.html of folders', () => {
    const html = `<a href="${PORTABLE_ROOT}">home</a><a href="${PORTABLE_ROOT}team/roles/#duties">r</a><img src="${PORTABLE_ROOT}team/map.svg"><link href="${PORTABLE_ROOT}_assets/a.css?v=1">`;
    expect(resolvePortableUrls(html, 'team/roles/index.html')).toBe(
      '<a href="../../index.html">home</a><a href="../../team/roles/index.html#duties">r</a><img src="../../team/map.svg"><link href="../../_assets/a.css?v=1">',
    );
    expect(resolvePortableUrls(`- [Intro](${PORTABLE_ROOT}intro/): start`, 'llms.txt')).toBe('- [Intro](intro/index.html): start');
    expect(resolvePortableUrls('<a href="/g/intro/">x</a>', 'index.html')).toBe('<a href="/g/intro/">x</a>');
  });
});

describe('a portable build', () => {
  it('links every page, asset and script relatively, each to a file the output has', async () => {
    const { outDir, report } = await buildGuide(guide, { portable: true });
    expect(report.diagnostics).toEqual([]);
    const files = snapshot(outDir);
    const pages = [...files.keys()].filter((f) => f.endsWith('.html'));
    expect(pages).toContain('team/roles/index.html');
    for (const page of pages) {
      for (const ref of references(files.get(page)!)) {
        if (/^(#|https:|data:)/.test(ref)) continue;
        expect(ref, `${page}: ${ref}`).not.toMatch(/^\//);
        const target = path.posix.join(path.posix.dirname(page), ref.replace(/[?#].*$/, ''));
        expect(files.has(target), `${page} links to ${ref}, which is not in the output`).toBe(true);
      }
    }
    for (const [file, text] of files) expect(text.includes(PORTABLE_ROOT), file).toBe(false);
    expect(files.get('intro/index.html')).toContain('<a href="../team/roles/index.html#duties">the roles</a>');
  });

  it('keeps canonical URLs and the sitemap absolute, as a served build writes them', async () => {
    const portable = await buildGuide(guide, { portable: true });
    const served = await buildGuide(guide);
    expect(portable.read('team/roles/index.html')).toContain('<link rel="canonical" href="https://example.com/g/team/roles/">');
    expect(portable.read('sitemap.xml')).toBe(served.read('sitemap.xml'));
    expect(portable.read('llms.txt')).toBe(served.read('llms.txt'));
  });

  it('has a search index that loads as a script, not pagefind', async () => {
    const { outDir, read } = await buildGuide(guide, { portable: true });
    expect(fs.existsSync(path.join(outDir, 'pagefind'))).toBe(false);
    expect(read('team/roles/index.html')).toContain('data-search="../../search-index.js"');
    const found = await searchIndex(outDir, 'Cafe deleg');
    expect(found).toEqual([
      { url: `file://${path.join(outDir, 'team/roles/index.html')}`, title: 'Roles', excerpt: 'Who does what, and when.' },
    ]);
    // A word in the title ranks its page first; words of the summary are marked in the excerpt.
    expect((await searchIndex(outDir, 'team')).map((r) => r.title)[0]).toBe('2. Team');
    expect((await searchIndex(outDir, 'who'))[0]!.excerpt).toBe('<mark>Who</mark> does what, and when.');
  });

  it('finds words in Chinese and Japanese, which are written without spaces', async () => {
    const { outDir } = await buildGuide({
      'index.md': '# 指南\n',
      '01-roles.md': '---\ndescription: 产品经理负责决定做什么。\n---\n# 角色\n\n产品经理负责决定做什么。\n',
      '02-ja.md': '# 役割\n\nプロダクトマネージャーの役割について。\n',
    }, { portable: true });
    expect((await searchIndex(outDir, '经理')).map((r) => r.title)).toEqual(['1. 角色']);
    expect((await searchIndex(outDir, '经理'))[0]!.excerpt).toBe('产品<mark>经理</mark>负责决定做什么。');
    expect((await searchIndex(outDir, 'マネージャー')).map((r) => r.title)).toEqual(['2. 役割']);
  });

  it('switches with the folder it builds into: pagefind goes when portable comes, and back', async () => {
    const { root, outDir } = await buildGuide(guide);
    expect(fs.existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    await build({ root, outDir, portable: true });
    expect(fs.existsSync(path.join(outDir, 'pagefind'))).toBe(false);
    const portableClean = path.join(tempDir(), 'clean');
    await build({ root, outDir: portableClean, portable: true, cache: false });
    expect(snapshot(outDir)).toEqual(snapshot(portableClean));
    await build({ root, outDir });
    expect(fs.existsSync(path.join(outDir, 'search-index.js'))).toBe(false);
    expect(fs.existsSync(path.join(outDir, 'pagefind/pagefind.js'))).toBe(true);
  });
});

describe('guide.zip', () => {
  it('holds every file of the output below guide/, sorted, with fixed times: two builds give the same bytes', async () => {
    const first = await buildGuide(guide, { portable: true, zip: true });
    const secondOut = path.join(tempDir(), 'second');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await build({ root: first.root, outDir: secondOut, portable: true, zip: true, cache: false });
    const zip = fs.readFileSync(path.join(first.outDir, 'guide.zip'));
    expect(fs.readFileSync(path.join(secondOut, 'guide.zip')).equals(zip)).toBe(true);
    const entries = unzipSync(zip);
    const names = Object.keys(entries);
    const files = [...snapshot(first.outDir).keys()].filter((f) => f !== 'guide.zip' && !f.startsWith('.'));
    expect(names).toEqual(files.sort().map((f) => `guide/${f}`));
    expect(new TextDecoder().decode(entries['guide/team/roles/index.html'])).toBe(first.read('team/roles/index.html'));
  });

  it('is written again only when a file of the output changed', async () => {
    const { root, outDir } = await buildGuide(guide, { portable: true, zip: true });
    const zip = path.join(outDir, 'guide.zip');
    fs.utimesSync(zip, 0, 0);
    await build({ root, outDir, portable: true, zip: true });
    expect(fs.statSync(zip).mtimeMs).toBe(0);
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nOne more line.\n');
    await build({ root, outDir, portable: true, zip: true });
    expect(new TextDecoder().decode(unzipSync(fs.readFileSync(zip))['guide/intro/index.html'])).toContain('One more line.');
  });

  it('is removed by a build that does not ask for it', async () => {
    const { root, outDir } = await buildGuide(guide, { portable: true, zip: true });
    await build({ root, outDir, portable: true });
    expect(fs.existsSync(path.join(outDir, 'guide.zip'))).toBe(false);
  });
});
