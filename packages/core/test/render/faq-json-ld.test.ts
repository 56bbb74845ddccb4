import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

describe('FAQ structured data', () => {
  it('gives a page marked `faq: true` valid FAQPage JSON-LD with every question and its answer', async () => {
    const root = contentFolder({
      'guidekit.config.js': "export default { siteUrl: 'https://example.com/guide/' };\n",
      '01-faq.md': '---\nfaq: true\n---\n# FAQ\n\n## Is `<guidekit>` free?\n\nYes, "free" & open.\n\n## Can I print it?\n\nUse the print page.\n',
      '02-other.md': '# Other\n\n## Why?\n\nBecause.\n',
    });
    const outDir = path.join(tempDir(), 'out');
    expect((await build({ root, outDir })).ok).toBe(true);
    const html = fs.readFileSync(path.join(outDir, 'faq/index.html'), 'utf8');
    const faq = jsonLd(html).find((block) => block['@type'] === 'FAQPage');
    expect(faq).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Is <guidekit> free?',
          url: 'https://example.com/guide/faq/#is-guidekit-free',
          acceptedAnswer: { '@type': 'Answer', text: 'Yes, "free" & open.' },
        },
        {
          '@type': 'Question',
          name: 'Can I print it?',
          url: 'https://example.com/guide/faq/#can-i-print-it',
          acceptedAnswer: { '@type': 'Answer', text: 'Use the print page.' },
        },
      ],
    });
    // No `<` inside a script block, so no question can end it.
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^<]*<guidekit>/);
    const other = fs.readFileSync(path.join(outDir, 'other/index.html'), 'utf8');
    expect(jsonLd(other).some((block) => block['@type'] === 'FAQPage')).toBe(false);
  });
});
