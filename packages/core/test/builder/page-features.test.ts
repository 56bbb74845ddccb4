import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { buildGuide } from '../helpers.js';

const LINKS = /<(?:link rel="stylesheet" href|script src)="([^"]+)"/g;
const linked = (html: string) => [...html.matchAll(LINKS)].map((m) => m[1]!.replace(/\?v=.*/, ''));

describe('pages with math and diagrams', () => {
  it('load KaTeX and mermaid only where they are, and the site holds their files only when a page needs them', async () => {
    const { outDir, read, root, report } = await buildGuide(
      {
        'index.md': '# Home\n\nPrices from $5 to $10.\n',
        '01-math.md': '# Math\n\nArea $\\pi r^2$.\n',
        '02-diagram.md': '# Diagram\n\n```mermaid\ngraph TD\n  A-->B\n```\n',
        '03-plain.md': '# Plain\n\nText.\n',
      },
      { base: '/g/' },
    );
    expect(report.diagnostics).toEqual([]);
    const site = ['/g/_assets/guidekit.css', '/g/_assets/guidekit.js', '/g/_assets/glossary.js', '/g/_assets/search.js'];
    expect(linked(read('plain/index.html'))).toEqual(site);
    expect(linked(read('index.html'))).toEqual(site);
    const math = ['/g/_assets/katex/katex.min.css', '/g/_assets/math.css'];
    expect(linked(read('math/index.html'))).toEqual([site[0], ...math, ...site.slice(1)]);
    expect(linked(read('diagram/index.html'))).toEqual([site[0], '/g/_assets/diagrams.css', ...site.slice(1), '/g/_assets/mermaid/mermaid.min.js', '/g/_assets/diagrams.js']);
    expect(linked(read('print/index.html'))).toEqual([site[0], '/g/_assets/diagrams.css', ...math, ...site.slice(1), '/g/_assets/mermaid/mermaid.min.js', '/g/_assets/diagrams.js']);
    const css = read('_assets/katex/katex.min.css');
    for (const font of css.match(/fonts\/[\w-]+\.woff2/g)!) expect(fs.existsSync(path.join(outDir, '_assets/katex', font)), font).toBe(true);
    expect(fs.statSync(path.join(outDir, '_assets/mermaid/mermaid.min.js')).size).toBeGreaterThan(1_000_000);

    // Without math or diagrams, none of their files are published.
    fs.writeFileSync(path.join(root, '01-math.md'), '# Math\n\nNone.\n');
    fs.writeFileSync(path.join(root, '02-diagram.md'), '# Diagram\n\nNone.\n');
    await build({ root, outDir, base: '/g/' });
    expect(fs.readdirSync(path.join(outDir, '_assets')).sort()).toEqual(['glossary.js', 'guidekit.css', 'guidekit.js', 'search-ui.js', 'search.css', 'search.js']);
    expect(linked(read('print/index.html'))).toEqual(site);
  });
});
