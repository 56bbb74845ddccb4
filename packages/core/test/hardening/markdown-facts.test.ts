import { describe, expect, it } from 'vitest';
import { buildGuide, load } from '../helpers.js';

describe('one reading of each page', () => {
  it('does not take a YAML `...` line as the end of front matter, and says how to end it', async () => {
    const { diagnostics } = await load({ 'a.md': '---\ntitle: A\n...\n# Body\n\nText.\n' });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'front-matter', file: 'a.md', line: 1, hint: 'end it with a `---` line (a YAML `...` does not end it)' }]);
  });

  it('describes a page by the text a reader sees: no footnote markers, tags or escapes', async () => {
    const { guide } = await load({ 'a.md': '# A\n\nA claim[^1] with <em>emphasis</em> and a \\*star\\*.\n\n[^1]: A source.\n' });
    expect(guide.pages[1]!.description).toBe('A claim with emphasis and a *star*.');
  });

  it('gives FAQ answers without footnote numbers', async () => {
    const { read } = await buildGuide({
      'faq.md': '---\nfaq: true\n---\n# FAQ\n\n## Why plan?\n\nBecause it pays[^1] back.\n\n[^1]: Mostly.\n',
    });
    const html = read('faq/index.html');
    const data = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const faq = data.find((block) => block['@type'] === 'FAQPage');
    expect(faq.mainEntity[0].acceptedAnswer.text).toBe('Because it pays back.');
  });
});

describe('raw HTML in pages', () => {
  const page = '# A\n\nBefore <b>bold</b>.\n\n<script>alert(1)</script>\n';

  it('is the author\'s own by default: it goes into the page as written', async () => {
    const { read } = await buildGuide({ 'a.md': page });
    expect(read('a/index.html')).toContain('<script>alert(1)</script>');
  });

  it('is shown as text with markdown.rawHtml: escape, for authors who are not trusted', async () => {
    const { read } = await buildGuide({ 'a.md': page, 'guidekit.config.js': "export default { markdown: { rawHtml: 'escape' } };\n" });
    const html = read('a/index.html');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });
});
