import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createBuilder, loadConfig } from '../../src/index.js';
import { cachePath } from '../../src/builder/cache/build-cache.js';
import { OUTPUT_MARKER } from '../../src/write/guard-output.js';
import { buildGuide, cleanBuild } from '../helpers.js';

const files = {
  '01-intro.md': '# Intro\n\nHello.\n',
  '02-next.md': '# Next\n\nSee [the intro](01-intro.md).\n',
};

describe('the build cache', () => {
  it('is not rewritten by a rebuild that changes nothing, and stays valid for the next', async () => {
    const { root, outDir } = await buildGuide(files);
    const cache = cachePath(await loadConfig(root, { outDir }));
    const stamps = () => [cache, path.join(outDir, OUTPUT_MARKER)].map((file) => fs.statSync(file).mtimeMs);
    const before = stamps();

    const unchanged = await build({ root, outDir });
    expect(unchanged.written).toEqual([]);
    expect(stamps()).toEqual(before);

    fs.appendFileSync(path.join(root, '02-next.md'), '\nMore.\n');
    const edited = await build({ root, outDir });
    expect(edited.written).toContain('next/index.html');
    expect(edited.renderedMarkdown).toBe(1);
    const after = stamps();
    expect(after[0]).toBeGreaterThan(before[0]!);

    const again = await build({ root, outDir });
    expect(again.written).toEqual([]);
    expect(again.renderedMarkdown).toBe(0);
    expect(stamps()).toEqual(after);
  });

  it('keeps the texts of pages beside it, read only by a build that renders them', async () => {
    const { root, outDir, read } = await buildGuide(files);
    const cache = cachePath(await loadConfig(root, { outDir }));
    const texts = () => fs.readdirSync(path.dirname(cache)).filter((file) => file.startsWith(path.basename(cache)) && file.endsWith('.texts'));
    expect(texts()).toHaveLength(1);
    const page = read('next/index.html');

    // Loaded, then its texts are lost: a rebuild with nothing to render never notices.
    const session = await createBuilder({ root, outDir });
    fs.rmSync(path.join(path.dirname(cache), texts()[0]!));
    expect(await session.build()).toMatchObject({ ok: true, renderedMarkdown: 0, written: [] });

    // Without its texts, the cache is not used at all: everything is rendered again, alike.
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nMore.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 2 });
    expect(read('next/index.html')).toBe(page);
    expect(texts()).toHaveLength(1);
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nAgain.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 1 });
    expect(texts()).toHaveLength(1);
  });

  it('stays readable for a session when another build saves over it, and is not used when damaged', async () => {
    const { root, outDir, read } = await buildGuide({ ...files, '03-end.md': '# End\n\nThe last words.\n' });
    const cache = cachePath(await loadConfig(root, { outDir }));
    const textsFile = () => {
      const name = fs.readdirSync(path.dirname(cache)).find((file) => file.startsWith(path.basename(cache)) && file.endsWith('.texts'))!;
      return path.join(path.dirname(cache), name);
    };
    const session = await createBuilder({ root, outDir });
    const loaded = textsFile();
    // Another build saves the cache: the texts file the session loaded is replaced.
    fs.appendFileSync(path.join(root, '02-next.md'), '\nMore.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 1 });
    expect(fs.existsSync(loaded)).toBe(false);
    // The session's print page takes the last page's body from the file it loaded.
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nAgain.\n');
    expect(await session.build()).toMatchObject({ ok: true, renderedMarkdown: 2 });
    expect(read('print/index.html')).toContain('Again.');
    expect(read('print/index.html')).toContain('The last words.');

    fs.truncateSync(textsFile(), 10);
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nOnce more.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 3 });
    expect(read('next/index.html')).toContain('More.');
  });

  it('keeps the highlighted code of pages: a page edited outside its code builds as a clean build does', async () => {
    const { root, outDir, read } = await buildGuide({ ...files, '03-code.md': '# Code\n\n```js {1}\nconst a = 1;\n```\n' });
    fs.appendFileSync(path.join(root, '03-code.md'), '\nMore.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 1 });
    const clean = await cleanBuild(root);
    expect(read('code/index.html')).toContain('<span class="line highlighted">');
    expect(read('code/index.html')).toBe(clean.read('code/index.html'));
  });

  it('clears its folder of caches unused for a month and of what crashed saves left', async () => {
    const { root, outDir } = await buildGuide(files);
    const cache = cachePath(await loadConfig(root, { outDir }));
    const dir = path.dirname(cache);
    const put = (name: string, daysOld: number) => {
      fs.writeFileSync(path.join(dir, name), 'x');
      const time = new Date(Date.now() - daysOld * 24 * 60 * 60 * 1000);
      fs.utimesSync(path.join(dir, name), time, time);
    };
    put('aaaaaaaaaaaaaaaa.bin', 40);
    put('aaaaaaaaaaaaaaaa.bin.1a2b3c4d.texts', 40);
    put('bbbbbbbbbbbbbbbb.bin', 10);
    put('bbbbbbbbbbbbbbbb.bin.1a2b3c4d.texts', 10);
    put('cccccccccccccccc.bin.1a2b3c4d.texts', 1);
    put('bbbbbbbbbbbbbbbb.bin.999-1a2b3c4d.guidekit-tmp', 1);
    put('bbbbbbbbbbbbbbbb.bin.1000-1a2b3c4d.guidekit-tmp', 0);
    fs.appendFileSync(path.join(root, '01-intro.md'), '\nMore.\n');
    expect((await build({ root, outDir })).ok).toBe(true);
    // The folder is shared with the caches of other tests' guides.
    const left = fs.readdirSync(dir).filter((name) => /^(a|b|c)\1{15}\./.test(name));
    expect(left.sort()).toEqual(['bbbbbbbbbbbbbbbb.bin', 'bbbbbbbbbbbbbbbb.bin.1000-1a2b3c4d.guidekit-tmp', 'bbbbbbbbbbbbbbbb.bin.1a2b3c4d.texts']);
    expect(fs.readdirSync(dir).filter((name) => name.startsWith(path.basename(cache)))).toHaveLength(2);
  });

  it('reads only the texts of the pages a rebuild renders again', async () => {
    const { root, outDir, read } = await buildGuide({ ...files, '03-end.md': '# End\n\nThe last words.\n' });
    const cache = cachePath(await loadConfig(root, { outDir }));
    const textsFile = path.join(path.dirname(cache), fs.readdirSync(path.dirname(cache)).find((name) => name.startsWith(`${path.basename(cache)}.`))!);
    // Every text is spoilt, at the same size: the edited page (without code) needs none of them.
    fs.writeFileSync(textsFile, Buffer.alloc(fs.statSync(textsFile).size));

    fs.appendFileSync(path.join(root, '01-intro.md'), '\nMore.\n');
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 1 });
    const clean = await cleanBuild(root);
    for (const file of ['print/index.html', 'llms-full.txt', 'end/index.html', 'intro/index.html']) expect(read(file)).toBe(clean.read(file));
  });

  it('is removed when a text a rebuild reads is damaged, so the build after it starts afresh', async () => {
    const { root, outDir, read } = await buildGuide(files);
    const cache = cachePath(await loadConfig(root, { outDir }));
    const textsFile = path.join(path.dirname(cache), fs.readdirSync(path.dirname(cache)).find((name) => name.startsWith(`${path.basename(cache)}.`))!);
    fs.writeFileSync(textsFile, Buffer.alloc(fs.statSync(textsFile).size));
    // The print page is gone: it is made again from every body, which the cache holds.
    fs.rmSync(path.join(outDir, 'print/index.html'));
    expect(await build({ root, outDir })).toMatchObject({ ok: false, diagnostics: [{ message: 'the build cache was damaged and has been removed: build again' }] });
    expect(fs.existsSync(cache)).toBe(false);
    expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 2 });
    expect(read('print/index.html')).toBe((await cleanBuild(root)).read('print/index.html'));
  });

  it('is not trusted about the output folder after a build that stopped halfway: what it left is removed', async () => {
    const { root, outDir, read } = await buildGuide(files);
    // A theme whose 404 page fails: the build stops after writing the other pages.
    const broken = path.join(root, 'theme/templates/404.njk');
    fs.mkdirSync(path.dirname(broken), { recursive: true });
    fs.writeFileSync(broken, '{{ missing() }}');
    const failed = await build({ root, outDir });
    expect(failed).toMatchObject({ ok: false, diagnostics: [{ rule: 'template', file: 'theme/templates/404.njk' }] });
    expect(failed.diagnostics[0]!.message).toContain('template 404.njk failed');
    // What a write stopped midway leaves.
    const leftover = path.join(outDir, 'intro/index.html.999-1a2b3c4d.guidekit-tmp');
    fs.writeFileSync(leftover, '<p>half');
    fs.rmSync(path.join(root, 'theme'), { recursive: true });
    expect(await build({ root, outDir })).toMatchObject({ ok: true, removed: ['intro/index.html.999-1a2b3c4d.guidekit-tmp'] });
    expect(fs.existsSync(leftover)).toBe(false);
    expect(read('intro/index.html')).toBe((await cleanBuild(root)).read('intro/index.html'));
  });

  it('carries the texts a rebuild did not read over to its save, for builds after it', async () => {
    const { root, outDir, read } = await buildGuide({
      ...files,
      '03-code.md': '# Code → ☃\n\nSnow: ☃, and ünïcode.\n\n```js {1}\nconst snow = "☃";\n```\n',
    });
    const edit = async (file: string, text: string) => {
      fs.appendFileSync(path.join(root, file), text);
      expect(await build({ root, outDir })).toMatchObject({ ok: true, renderedMarkdown: 1 });
    };
    // This save copies the texts of the other pages, unread.
    await edit('01-intro.md', '\nMore.\n');
    // The next build reads them: the code page's highlighted code, and (the whole-guide files
    // gone) every body and source.
    fs.rmSync(path.join(outDir, 'print/index.html'));
    fs.rmSync(path.join(outDir, 'llms-full.txt'));
    await edit('03-code.md', '\nAfter the code.\n');
    const clean = await cleanBuild(root);
    for (const file of ['print/index.html', 'llms-full.txt', 'code/index.html']) expect(read(file)).toBe(clean.read(file));
    expect(read('llms-full.txt')).toContain('Snow: ☃, and ünïcode.');
  });
});
