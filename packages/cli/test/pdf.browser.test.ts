import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `guidekit pdf` prints a guide's print page with the system Chromium; the PDF is read back with
// poppler-utils (pdfinfo, pdftotext, pdftoppm). Without poppler the test is skipped with one line,
// except on CI, where it must run.

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../../.test-output/screenshots/', import.meta.url));
const onCi = !['', '0', 'false'].includes(process.env.CI ?? '');
const poppler = ['pdfinfo', 'pdftotext', 'pdftoppm'].every((tool) => spawnSync(tool, ['-v']).error === undefined);
if (!poppler && !onCi) console.warn('pdf test skipped: pdfinfo, pdftotext or pdftoppm missing (apt-get install poppler-utils)');

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-pdf-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const paragraph = (words: string) => `${words} `.repeat(40).trim();
const guide: Record<string, string> = {
  'guidekit.config.js': "export default { title: 'Field Manual', base: '/manual/' };\n",
  'index.md': '# Field Manual\n\nHow the team works in the field.\n',
  '01-setting-out.md': `# Setting Out\n\nPack the compass before anything else.\n\n${paragraph('Check the map twice.')}\n\n## Weather\n\n${paragraph('Read the sky at dawn.')}\n`,
  '02-making-camp/index.md': `# Making Camp\n\nPitch the tent on high ground.\n\n${paragraph('Keep the fire small.')}\n`,
  '02-making-camp/01-water.md': `# Water\n\nBoil it, always. See [Setting Out](../01-setting-out.md) and [the ranger service](https://example.org/rangers).\n`,
};

/** The text of page `n` of a PDF. */
const pageText = (pdf: string, n: number) => spawnSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).stdout;

describe.runIf(poppler || onCi)('guidekit pdf', () => {
  it('builds the guide and prints it: a title page, contents, each chapter from a new page under its running title', () => {
    const root = path.join(temp, 'guide');
    for (const [file, text] of Object.entries(guide)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    }
    const pdf = path.join(temp, 'manual.pdf');
    const run = spawnSync(process.execPath, [bin, 'pdf', root, '--out', pdf], { encoding: 'utf8', cwd: temp });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^wrote manual\.pdf \(\d+ pages, \d+ KB\) in [\d.]+ s\n$/);

    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    expect(pages).toBeGreaterThan(1);
    expect(run.stdout).toContain(`(${pages} pages,`);
    expect(info).toMatch(/^Title:\s+Field Manual$/m);

    const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
    expect(texts[0]).toContain('Field Manual');
    expect(texts[0]).not.toContain('Setting Out');
    const first = texts.findIndex((text) => text.includes('Pack the compass before anything else.'));
    expect(first, 'the first chapter is in the PDF').toBeGreaterThan(0);
    // The chapter starts its page, under its running title; no navigation chrome is printed.
    expect(texts[first]!.trim().split('\n')[0]!.trim()).toBe('1. Setting Out');
    expect(texts[first]).toMatch(/^\s*1 Setting Out$/m);
    expect(texts[first]).not.toMatch(/Search|Previous|Next|On this page/);
    const second = texts.findIndex((text) => text.includes('Pitch the tent on high ground.'));
    expect(second).toBeGreaterThan(first);
    expect(texts[second]!.trim().split('\n')[0]!.trim()).toBe('2. Making Camp');
    // Links within the guide stay in the book; a link out shows where it goes.
    const water = texts.find((text) => text.includes('Boil it, always.'))!.replace(/\s+/g, ' ');
    expect(water).toContain('the ranger service (https://example.org/rangers)');
    expect(water).not.toContain('/manual/setting-out/');

    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const image = path.join(SCREENSHOTS, 'pdf-first-chapter');
    expect(spawnSync('pdftoppm', ['-f', String(first + 1), '-l', String(first + 1), '-r', '60', '-png', '-singlefile', pdf, image]).status).toBe(0);
    expect(fs.statSync(`${image}.png`).size).toBeGreaterThan(5000);
  });
});
