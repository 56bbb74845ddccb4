import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { build, createSession } from '../../src/index.js';
import { createSearchIndexer, updateSearchIndex, type SearchPage } from '../../src/outputs/search/search-index.js';
import { contentFolder, tempDir } from '../helpers.js';

const guide = {
  'index.md': '# Home\n\nWelcome to the guide.\n',
  '01-roadmaps.md': '# Roadmaps\n\nA roadmap shows direction, not dates.\n',
  '02-team/index.md': '# Team\n\nPeople.\n',
  '02-team/01-roles.md': '# Roles\n\nWho decides what: the zeppelin principle.\n',
};

/** The indexed pages: url, meta and text of every fragment of one bundle of the index. */
function indexed(outDir: string, bundle = ''): { url: string; meta: Record<string, string>; content: string }[] {
  const dir = path.join(outDir, 'pagefind', bundle, 'fragment');
  return fs
    .readdirSync(dir)
    .map((file) => {
      const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{')));
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** A built guide of a home page and the given chapters of two pages each, and its pages as the index takes them. */
async function chapterGuide(chapters: string[]): Promise<{ outDir: string; pages: SearchPage[] }> {
  const files: Record<string, string> = { 'index.md': '# Home\n\nWelcome.\n' };
  chapters.forEach((name, i) => {
    files[`0${i + 1}-${name}/index.md`] = `# ${name}\n\nAbout ${name}.\n`;
    files[`0${i + 1}-${name}/01-one.md`] = `# ${name} one\n\nThe ${name}word lives here.\n`;
  });
  const outDir = path.join(tempDir(), 'out');
  await build({ root: contentFolder(files), outDir });
  const pages: SearchPage[] = [
    { file: 'index.html', chapter: '' },
    ...chapters.flatMap((name) => [
      { file: `${name}/index.html`, chapter: name },
      { file: `${name}/one/index.html`, chapter: name },
    ]),
  ];
  return { outDir, pages };
}

const entry = (outDir: string) => JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/pagefind-entry.json'), 'utf8'));

describe('the search index', () => {
  it('indexes the text of every content page, with its title and chapter', async () => {
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root: contentFolder(guide), outDir, base: '/docs/' });
    expect(report.diagnostics).toEqual([]);
    expect(entry(outDir).languages.en.page_count).toBe(4);
    const pages = indexed(outDir);
    expect(pages.map((p) => [p.url, p.meta.title, p.meta.chapter])).toEqual([
      ['/', 'Home', undefined],
      ['/roadmaps/', '1. Roadmaps', '1. Roadmaps'],
      ['/team/', '2. Team', '2. Team'],
      ['/team/roles/', 'Roles', '2. Team'],
    ]);
    // The article text only: no navigation, no author block, no heading anchors.
    expect(pages[3]!.content).toBe('Who decides what: the zeppelin principle.');
    // Search files are the index's own: a build never counts them among its outputs.
    expect(report.written.some((f) => f.startsWith('pagefind/'))).toBe(false);
  });

  it('is rebuilt when a page changes, leaving no stale files, and left alone otherwise', async () => {
    const root = contentFolder(guide);
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir });
    await session.build();
    const files = () => fs.readdirSync(path.join(outDir, 'pagefind'), { recursive: true }).map(String).sort();
    const before = files();
    const stamp = fs.statSync(path.join(outDir, 'pagefind/pagefind-entry.json')).mtimeMs;

    await session.update([root]);
    expect(fs.statSync(path.join(outDir, 'pagefind/pagefind-entry.json')).mtimeMs).toBe(stamp);

    fs.writeFileSync(path.join(root, '01-roadmaps.md'), '# Roadmaps\n\nA roadmap shows direction and a xylophone.\n');
    await session.update([path.join(root, '01-roadmaps.md')]);
    expect(indexed(outDir).find((p) => p.url === '/roadmaps/')!.content).toContain('xylophone');
    const after = files();
    expect(after.length).toBe(before.length);
    expect(after).not.toEqual(before);
    await session.builder.close();
  });

  it('is updated in the background under watch, catching up with pages that change meanwhile', async () => {
    const root = contentFolder(guide);
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir, background: true });
    const report = await session.build();
    expect(report.ok).toBe(true);
    fs.writeFileSync(path.join(root, '01-roadmaps.md'), '# Roadmaps\n\nNow with a quokka.\n');
    await session.update([path.join(root, '01-roadmaps.md')]);
    await session.builder.close();
    expect(indexed(outDir).find((p) => p.url === '/roadmaps/')!.content).toContain('quokka');
  });

  it('splits a large guide by chapter into bundles, and re-indexes only the bundle of a changed page', async () => {
    const { outDir, pages } = await chapterGuide(['alpha', 'beta', 'gamma', 'delta']);

    // Bundles of at least three pages, chapters kept whole: home and alpha, beta and gamma, delta.
    expect(await updateSearchIndex(outDir, pages, new Set(), { shardPages: 3 })).toEqual({ pages: 9, errors: [] });
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'pagefind/guidekit-shards.json'), 'utf8'));
    expect(manifest.bundles).toEqual(['', 'shards/2/', 'shards/3/']);
    const urls = manifest.bundles.map((bundle: string) => indexed(outDir, bundle).map((p) => p.url));
    expect(urls).toEqual([['/', '/alpha/', '/alpha/one/'], ['/beta/', '/beta/one/', '/gamma/', '/gamma/one/'], ['/delta/', '/delta/one/']]);
    // Pagefind's own interface stays in the main bundle only: the others are merged into it.
    const ui = (bundle: string) => fs.readdirSync(path.join(outDir, 'pagefind', bundle)).filter((f) => /^pagefind-.*ui\.(js|css)$|highlight/.test(f));
    expect(ui('')).toEqual(expect.arrayContaining(['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-highlight.js']));
    expect(ui('shards/2/')).toEqual([]);
    expect(fs.readdirSync(path.join(outDir, 'pagefind', 'shards/2/'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));

    const entryStamp = (bundle: string) => fs.statSync(path.join(outDir, 'pagefind', bundle, 'pagefind-entry.json')).mtimeMs;
    const stamps = manifest.bundles.map(entryStamp);
    const page = path.join(outDir, 'beta/one/index.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replaceAll('betaword', 'betaword and a narwhal'));
    expect(await updateSearchIndex(outDir, pages, new Set(['beta/one/index.html']), { shardPages: 3 })).toEqual({ pages: 4, errors: [] });
    expect(indexed(outDir, 'shards/2/').find((p) => p.url === '/beta/one/')!.content).toContain('narwhal');
    expect(manifest.bundles.map(entryStamp)).toEqual([stamps[0], expect.any(Number), stamps[2]]);
    expect(entryStamp('shards/2/')).not.toBe(stamps[1]);

    // Back to one bundle: the others are removed.
    expect((await updateSearchIndex(outDir, pages, new Set())).pages).toBe(9);
    expect(fs.existsSync(path.join(outDir, 'pagefind/shards'))).toBe(false);
    expect(indexed(outDir)).toHaveLength(9);
  });

  it('is brought up to date by the next build when a build stopped before indexing what it wrote', async () => {
    const { outDir, pages } = await chapterGuide(['alpha', 'beta']);
    await updateSearchIndex(outDir, pages, new Set(), { shardPages: 3 });
    const page = path.join(outDir, 'beta/one/index.html');
    fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replaceAll('betaword', 'betaword and a narwhal'));
    // A build writes the page, saves its cache (which then holds the page as written), and is
    // stopped before its bundle is indexed.
    const stopped = createSearchIndexer(outDir, false, 3);
    await stopped.begin(pages);
    stopped.pageDone('beta/one/index.html', true);
    stopped.markUnfinished();
    await stopped.abandon();
    // The next build writes nothing, yet indexes that bundle.
    expect(await updateSearchIndex(outDir, pages, new Set(), { shardPages: 3 })).toEqual({ pages: 2, errors: [] });
    expect(indexed(outDir, 'shards/2/').find((p) => p.url === '/beta/one/')!.content).toContain('narwhal');
  });

  it('removes, when a build starts, the staging folders that stopped builds left an hour ago or more', () => {
    const roots = [os.tmpdir(), ...(fs.existsSync('/dev/shm') ? ['/dev/shm'] : [])];
    const make = (root: string, hoursOld: number) => {
      const dir = fs.mkdtempSync(path.join(root, 'guidekit-search-'));
      fs.writeFileSync(path.join(dir, 'index.html'), '<p>staged</p>');
      const then = new Date(Date.now() - hoursOld * 3600_000);
      fs.utimesSync(dir, then, then);
      return dir;
    };
    const old = roots.map((root) => make(root, 2));
    const fresh = roots.map((root) => make(root, 0));
    try {
      createSearchIndexer(tempDir(), true);
      expect(old.filter((dir) => fs.existsSync(dir))).toEqual([]);
      expect(fresh.filter((dir) => fs.existsSync(dir))).toEqual(fresh);
    } finally {
      for (const dir of [...old, ...fresh]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('indexes a bundle as soon as its pages are written, before the build has written the rest', async () => {
    const { outDir, pages } = await chapterGuide(['alpha', 'beta']);
    fs.rmSync(path.join(outDir, 'pagefind'), { recursive: true });
    const entry = (bundle: string) => path.join(outDir, 'pagefind', bundle, 'pagefind-entry.json');
    const indexer = createSearchIndexer(outDir, false, 3);
    await indexer.begin(pages);
    for (const page of pages.slice(0, 3)) indexer.pageDone(page.file, true);
    // Home and alpha make the first bundle: it is indexed while beta is still being "written".
    await expect.poll(() => fs.existsSync(entry('')), { timeout: 10_000 }).toBe(true);
    expect(fs.existsSync(entry('shards/2/'))).toBe(false);
    for (const page of pages.slice(3)) indexer.pageDone(page.file, true);
    expect(await indexer.update(pages, [])).toEqual({ pages: 5, errors: [] });
    expect(indexed(outDir, 'shards/2/').map((p) => p.url)).toEqual(['/beta/', '/beta/one/']);
    expect(indexed(outDir).map((p) => p.url)).toEqual(['/', '/alpha/', '/alpha/one/']);
  });
});
