import { describe, expect, it } from 'vitest';
import { buildGuide } from '../helpers.js';

/** Every JSON-LD block of a page, parsed. */
function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
}

describe('FAQ structured data', () => {
  it('gives a page marked `faq: true` valid FAQPage JSON-LD with every question and its answer', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': "export default { siteUrl: 'https://example.com/guide/' };\n",
      '01-faq.md': '---\nfaq: true\n---\n# FAQ\n\n## Is `<guidekit>` free?\n\nYes, "free" & open.\n\n## Can I print it?\n\nUse the print page.\n',
      '02-other.md': '# Other\n\n## Why?\n\nBecause.\n',
    });
    expect(report.ok).toBe(true);
    const html = read('faq/index.html');
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
    const other = read('other/index.html');
    expect(jsonLd(other).some((block) => block['@type'] === 'FAQPage')).toBe(false);
  });
});
