import fs from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { buildGuide, png, tempDir } from '../helpers.js';

const GUIDE = {
  'guidekit.config.js': "export default { title: 'Field Guide', description: 'A guide.', lang: 'en', defaultAuthor: 'ada', epub: { cover: 'cover.png' } };\n",
  'authors.yml': 'ada:\n  name: Ada Park\n  role: Editor\n  bio: Writes guides.\nben:\n  name: Ben Ode\n',
  'public/cover.png': png(600, 800),
  'index.md': '# Field Guide\n\nWelcome.\n',
  '01-start.md': '# Start\n\nRead [the details](02-more/01-details.md#deep), a note[^1], see the *Widget*.\n\n[^1]: The note.\n',
  '02-more/index.md': '---\nauthor: ben\n---\n# More\n\nThe chapter.\n',
  '02-more/01-details.md': '# Details\n\n## Deep\n\n![A chart](images/chart.png)\n\nCost $5 and $10; area $\\pi r^2$.\n\n```js\nconst a = 1; // one\n```\n\n<https://example.com/x>\n\n<script>alert(1)</script>\n\n<p onclick="go()">Raw <iframe src="https://video.example/1"></iframe>HTML.</p>\n',
  '02-more/images/chart.png': png(40, 20),
  '03-glossary.md': '---\nglossary: true\n---\n# Glossary\n\nTerms.\n\n## Widget\n\nA thing.\n\n## Gadget\n\nAnother thing.\n',
};

/** The book's files by path, in the order the zip holds them. */
function unzip(file: string): Map<string, string> {
  const entries = unzipSync(fs.readFileSync(file));
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, /\.(png)$/.test(name) ? `${bytes.length} bytes` : strFromU8(bytes)]));
}

describe('the EPUB edition', () => {
  it('is one file named after the guide: chapters in reading order, a nested table of contents, metadata, cover and images', async () => {
    const { outDir, report } = await buildGuide(GUIDE, { base: '/g/' });
    expect(report.diagnostics).toEqual([]);
    const book = unzip(path.join(outDir, 'field-guide.epub'));
    expect([...book.keys()].slice(0, 5)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/content.opf', 'OEBPS/nav.xhtml', 'OEBPS/toc.ncx']);
    expect(book.get('mimetype')).toBe('application/epub+zip');
    const opf = book.get('OEBPS/content.opf')!;
    expect(opf).toContain('<dc:title>Field Guide</dc:title><dc:language>en</dc:language><dc:creator>Ada Park</dc:creator><dc:creator>Ben Ode</dc:creator>');
    expect(opf).toContain('<item id="cover-image" href="images/cover.png" media-type="image/png" properties="cover-image" />');
    expect(opf).toContain('<item id="p004" href="text/p004.xhtml" media-type="application/xhtml+xml" properties="mathml" />');
    expect(opf).toContain('<item id="img1" href="images/more/images/chart.png" media-type="image/png" />');
    expect(opf).toMatch(/<spine toc="ncx"><itemref idref="cover" \/><itemref idref="nav" \/><itemref idref="p001" \/>.*<itemref idref="p005" \/><\/spine>/);
    expect(book.get('OEBPS/images/more/images/chart.png')).toBe('33 bytes');
    expect(book.get('OEBPS/nav.xhtml')).toContain(
      '<ol><li><a href="text/p001.xhtml">Field Guide</a></li><li><a href="text/p002.xhtml">1. Start</a></li><li><a href="text/p003.xhtml">2. More</a><ol><li><a href="text/p004.xhtml">2.1 Details</a></li></ol></li><li><a href="text/p005.xhtml">3. Glossary</a></li></ol>',
    );
    expect(book.get('OEBPS/nav.xhtml')).toContain('<a href="text/p005.xhtml" epub:type="glossary">3. Glossary</a>');
    expect(book.get('OEBPS/toc.ncx')!.match(/<navPoint /g)).toHaveLength(5);
  });

  it('holds pages as e-readers expect: links between chapters, footnotes, the glossary, code for e-ink, math as MathML, author blocks', async () => {
    const { outDir } = await buildGuide(GUIDE, { base: '/g/' });
    const book = unzip(path.join(outDir, 'field-guide.epub'));
    const start = book.get('OEBPS/text/p002.xhtml')!;
    expect(start).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<!DOCTYPE html>\n<html xmlns="http:\/\/www.w3.org\/1999\/xhtml" xmlns:epub="http:\/\/www.idpf.org\/2007\/ops" lang="en" xml:lang="en">/);
    expect(start).toContain('<body epub:type="chapter"><h1>1. Start</h1>');
    expect(start).toContain('<a href="p004.xhtml#deep">the details</a>');
    expect(start).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label" epub:type="noteref">1<\/a>/);
    expect(start).toContain('<section data-footnotes="" class="footnotes" epub:type="footnotes">');
    expect(start).toMatch(/<li id="user-content-fn-1" epub:type="footnote">/);
    // The term's tooltip is the web page's: the book links to the glossary.
    expect(start).toContain('<a class="gk-term-link" href="p005.xhtml#widget">Widget</a>');
    expect(start).toContain('<p class="gk-book-author-name">Ada Park</p><p class="gk-book-author-role">Editor</p><p>Writes guides.</p>');
    const details = book.get('OEBPS/text/p004.xhtml')!;
    expect(details).toContain('<img src="../images/more/images/chart.png" alt="A chart" width="40" height="20" />');
    expect(details).toContain('Cost $5 and $10; area <span class="katex"><span class="katex-mathml"><math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(details).not.toContain('katex-html');
    expect(details).toContain('<span class="tk-keyword">const</span>');
    expect(details).not.toContain('var(--');
    expect(details).toContain('<p class="gk-book-author-name">Ben Ode</p>');
    // Raw HTML a book cannot hold is left out.
    expect(details).toContain('<p>Raw HTML.</p>');
    expect(details).not.toMatch(/script|iframe|onclick/);
    expect(book.get('OEBPS/text/p005.xhtml')).toContain(
      '<dl epub:type="glossary"><dt id="widget" epub:type="glossterm">Widget</dt><dd epub:type="glossdef"><p>A thing.</p></dd><dt id="gadget" epub:type="glossterm">Gadget</dt>',
    );
    expect(book.get('OEBPS/text/p003.xhtml')).toContain('<body epub:type="chapter"><h1>2. More</h1><p>The chapter.</p><section class="gk-book-topics"><h2>Topics in this chapter</h2><ul><li><a href="p004.xhtml">2.1 Details</a>');
  });

  it('is the same bytes for the same guide, is written again only when what it holds changes, and a missing cover is an error', async () => {
    const { outDir, root } = await buildGuide(GUIDE, { base: '/g/' });
    const other = path.join(tempDir(), 'out');
    await build({ root, outDir: other, base: '/g/', cache: false });
    const bytes = fs.readFileSync(path.join(outDir, 'field-guide.epub'));
    expect(fs.readFileSync(path.join(other, 'field-guide.epub')).equals(bytes)).toBe(true);
    // The mimetype entry is first and stored: its name at byte 30, compression method 0 at byte 8.
    expect(bytes.readUInt16LE(8)).toBe(0);
    expect(bytes.subarray(30, 38).toString()).toBe('mimetype');

    expect((await build({ root, outDir, base: '/g/' })).written).not.toContain('field-guide.epub');
    fs.writeFileSync(path.join(root, '02-more/images/chart.png'), Buffer.concat([png(40, 20), Buffer.from('more')]));
    expect((await build({ root, outDir, base: '/g/' })).written).toContain('field-guide.epub');

    fs.rmSync(path.join(root, 'public/cover.png'));
    const failed = await build({ root, outDir, base: '/g/' });
    expect(failed.ok).toBe(false);
    expect(failed.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', file: 'guidekit.config.js', message: '`epub.cover`: public/cover.png not found' }),
    ]);
  });

  it('is one book per language of a guide with locales, a page a translation lacks in its own language', async () => {
    const { outDir, report } = await buildGuide(
      {
        'guidekit.config.js': "export default { title: 'Notes', epub: true, locales: { en: { label: 'English' }, ar: { label: 'العربية', title: 'ملاحظات' } } };\n",
        'en/index.md': '# Home\n',
        'en/01-intro.md': '# Intro\n\nText.\n',
        'ar/index.md': '# الرئيسية\n',
      },
      { base: '/' },
    );
    expect(report.diagnostics).toEqual([]);
    expect(fs.existsSync(path.join(outDir, 'notes.epub'))).toBe(true);
    const book = unzip(path.join(outDir, 'ar', 'ملاحظات.epub'));
    expect(book.get('OEBPS/content.opf')).toContain('<spine toc="ncx" page-progression-direction="rtl">');
    expect(book.get('OEBPS/text/p001.xhtml')).toContain('lang="ar" xml:lang="ar" dir="rtl"');
    expect(book.get('OEBPS/text/p002.xhtml')).toContain('lang="en" xml:lang="en" dir="ltr"');
  });

  it('is written only when asked for', async () => {
    const { outDir } = await buildGuide({ 'index.md': '# Home\n' });
    expect(fs.readdirSync(outDir).filter((f) => f.endsWith('.epub'))).toEqual([]);
  });
});
