import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

const PNG = [0x89, 0x50, 0x4e, 0x47];
const ARTICLE_CARD = '_cards/team/roles/card.png';

/** A guide with a chapter and an article in it, built into one folder again and again. */
function guide(config: string) {
  const root = contentFolder({
    'guidekit.config.js': `export default ${config};\n`,
    'index.md': '# Home\n',
    '01-team/index.md': '# Team\n',
    '01-team/01-roles.md': '# Roles\n\nText.\n',
    '02-own.md': '---\nimage: pictures/own.png\n---\n# Own picture\n',
  });
  const outDir = path.join(tempDir(), 'out');
  const read = (file: string) => fs.readFileSync(path.join(outDir, file));
  return { root, outDir, read, build: () => build({ root, outDir }) };
}

/** A PNG's width and height, from its header. */
const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('social cards', () => {
  it('are drawn for every page when asked, named in og:image and twitter:image, and drawn again only when a title changes', async () => {
    const site = guide("{ title: 'Field Guide', siteUrl: 'https://example.com/g/', socialCards: true, brand: { accent: '#c2410c' } }");
    const first = await site.build();
    expect(first.errors).toBe(0);
    const cards = first.written.filter((file) => file.startsWith('_cards/')).sort();
    expect(cards).toEqual(['_cards/card.png', '_cards/own/card.png', '_cards/team/card.png', ARTICLE_CARD]);
    const png = site.read(ARTICLE_CARD);
    expect([...png.subarray(0, 4)]).toEqual(PNG);
    expect(size(png)).toEqual([1200, 630]);
    const html = site.read('team/roles/index.html').toString();
    expect(html).toContain(`<meta property="og:image" content="https://example.com/g/${ARTICLE_CARD}">\n<meta property="og:image:width" content="1200">`);
    expect(html).toContain(`<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:image" content="https://example.com/g/${ARTICLE_CARD}">`);
    // A page's own picture wins over its card.
    expect(site.read('own/index.html').toString()).toContain('<meta property="og:image" content="https://example.com/g/pictures/own.png">');

    fs.appendFileSync(path.join(site.root, '01-team/01-roles.md'), '\nMore text.\n');
    const again = await site.build();
    expect(again.written.filter((file) => file.startsWith('_cards/'))).toEqual([]);

    fs.writeFileSync(path.join(site.root, '01-team/01-roles.md'), '# Roles and duties\n\nText.\n');
    const retitled = await site.build();
    expect(retitled.written.filter((file) => file.startsWith('_cards/'))).toEqual([ARTICLE_CARD]);
    expect(site.read(ARTICLE_CARD).equals(png)).toBe(false);
  });

  it('are not drawn by default: the config image, if any, stands for every page', async () => {
    const site = guide("{ siteUrl: 'https://example.com/g/', image: 'share.png' }");
    const report = await site.build();
    expect(report.written.some((file) => file.startsWith('_cards/'))).toBe(false);
    expect(fs.existsSync(path.join(site.outDir, '_cards'))).toBe(false);
    expect(site.read('team/roles/index.html').toString()).toContain('<meta property="og:image" content="https://example.com/g/share.png">');
    const bare = guide('{}');
    await bare.build();
    expect(bare.read('team/roles/index.html').toString()).toContain('<meta name="twitter:card" content="summary">');
  });
});
