import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { buildGuide, png, tempDir } from '../helpers.js';

describe('assets', () => {
  it('copies referenced files to their path with numbers dropped, and only those', async () => {
    const { outDir, report, read } = await buildGuide({
      '01-guide/index.md': '# Guide\n\n![Flow](images/flow.png) and [the plan](files/plan.pdf).\n',
      '01-guide/images/flow.png': png(640, 360),
      '01-guide/images/unused.png': png(1, 1),
      '01-guide/files/plan.pdf': '%PDF-1.4',
      'public/robots.txt': 'User-agent: *\n',
    }, { base: '/g/' });
    expect(report.diagnostics).toEqual([]);
    expect(fs.existsSync(path.join(outDir, 'guide/images/flow.png'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'guide/files/plan.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(outDir, 'guide/images/unused.png'))).toBe(false);
    expect(read('robots.txt')).toBe('User-agent: *\n');
    const html = read('guide/index.html');
    expect(html).toContain('<img src="/g/guide/images/flow.png" alt="Flow" loading="lazy" decoding="async" width="640" height="360">');
    expect(html).toContain('<a href="/g/guide/files/plan.pdf">the plan</a>');
  });

  it('reads SVG sizes from width/height or the viewBox, and leaves an unreadable size out', async () => {
    const { read } = await buildGuide({
      'a.md': '# A\n\n![one](one.svg) ![two](two.svg) ![three](three.svg)\n',
      'one.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"/>',
      'two.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"/>',
      'three.svg': 'not an image',
    });
    const html = read('a/index.html');
    expect(html).toContain('<img src="/one.svg" alt="one" loading="lazy" decoding="async" width="120" height="80">');
    expect(html).toContain('<img src="/two.svg" alt="two" loading="lazy" decoding="async" width="300" height="150">');
    expect(html).toContain('<img src="/three.svg" alt="three" loading="lazy" decoding="async">');
  });

  it('warns about a missing image with the nearest one, and never copies from outside the content folder', async () => {
    const parent = tempDir();
    fs.writeFileSync(path.join(parent, 'secret.png'), png(2, 2));
    const root = path.join(parent, 'guide');
    fs.mkdirSync(path.join(root, 'img'), { recursive: true });
    fs.writeFileSync(path.join(root, 'img/chart.png'), png(2, 2));
    fs.writeFileSync(path.join(root, 'a.md'), '# A\n\n![chart](img/chrt.png)\n\n![leak](../secret.png)\n');
    const outDir = path.join(parent, 'out');
    const report = await build({ root, outDir });
    expect(report.diagnostics).toMatchObject([
      { rule: 'missing-target', file: 'a.md', line: 3, column: 1, hint: 'did you mean img/chart.png?' },
      { rule: 'outside-content', file: 'a.md', line: 5, column: 1 },
    ]);
    expect(fs.readdirSync(outDir, { recursive: true }).some((f) => String(f).includes('secret'))).toBe(false);
  });
});
