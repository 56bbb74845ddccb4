import { describe, expect, it } from 'vitest';
import { buildGuide } from '../helpers.js';

describe('what browsers and crawlers look for', () => {
  it('links the favicon of public/ from every page, under the base path', async () => {
    const { read } = await buildGuide({ 'index.md': '# Home\n\nHi.\n', 'a.md': '# A\n\nText.\n', 'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' }, { base: '/pm/' });
    for (const file of ['index.html', 'a/index.html', '404.html']) {
      expect(read(file)).toContain('<link rel="icon" href="/pm/favicon.svg" type="image/svg+xml">');
    }
  });

  it('gives the sitemap a lastmod for pages that say when they were updated', async () => {
    const { read } = await buildGuide({
      'index.md': '# Home\n\nHi.\n',
      'a.md': '---\nupdated: 2026-03-01\n---\n# A\n\nText.\n',
      'b.md': '---\nupdated: last spring\n---\n# B\n\nText.\n',
      'guidekit.config.js': "export default { siteUrl: 'https://example.com/' };\n",
    });
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<url><loc>https://example.com/a/</loc><lastmod>2026-03-01</lastmod></url>');
    expect(sitemap).toContain('<url><loc>https://example.com/b/</loc></url>');
  });
});
