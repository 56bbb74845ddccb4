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

  it('adds the config\'s head tags, analytics snippet, header and social links, and announcement to every page', async () => {
    const { read } = await buildGuide({
      'index.md': '# Home\n\nHi.\n',
      'a.md': '# A\n\nText.\n',
      'guidekit.config.js': `export default {
        head: [
          { tag: 'meta', attrs: { name: 'google-site-verification', content: 'abc"<' } },
          { tag: 'script', attrs: { src: 'https://stats.example.com/s.js', defer: true } },
          { tag: 'style', content: 'body { --x: 1 }' },
        ],
        analytics: '<script>window.counted = true</script>',
        headerLinks: [{ label: 'Blog', url: 'https://blog.example.com/' }],
        socialLinks: [{ label: 'GitHub', url: 'https://github.com/acme/guide' }, { label: 'Our Mastodon', url: 'https://hachyderm.io/@acme' }, { label: 'Elsewhere', url: 'https://example.org/' }],
        banner: { text: 'Version 2 is out.', link: { label: 'What changed', url: '/changes/' } },
      };\n`,
    });
    for (const file of ['index.html', 'a/index.html', '404.html']) {
      const html = read(file);
      expect(html).toContain('<meta name="google-site-verification" content="abc&quot;&lt;">\n<script src="https://stats.example.com/s.js" defer></script>\n<style>body { --x: 1 }</style>\n</head>');
      expect(html).toMatch(/<script>window\.counted = true<\/script>\n<\/body>/);
      expect(html).toContain('<nav class="gk-header-links" aria-label="Links"><ul>\n<li><a href="https://blog.example.com/">Blog</a></li>');
      expect(html).toMatch(/<a class="gk-icon-button" href="https:\/\/github.com\/acme\/guide" rel="me noopener" aria-label="GitHub" title="GitHub"><svg [^>]*><path d="M9 19c-4/);
      expect(html).toMatch(/aria-label="Our Mastodon" title="Our Mastodon"><svg [^>]*><path d="M20.5 12.5/);
      expect(html).toMatch(/aria-label="Elsewhere" title="Elsewhere"><svg [^>]*><path d="M10 14a4.5/);
      expect(html).toContain('<p>Version 2 is out. <a href="/changes/">What changed</a></p>');
      // The banner's id is made from its text and link: a new announcement shows again to those who dismissed the last.
      expect(html).toMatch(/localStorage\.getItem\("guidekit-banner"\)=="[0-9a-f]{12}"&&/);
    }
  });

  it('adds nothing of the kind to a guide whose config asks for none', async () => {
    const { read } = await buildGuide({ 'index.md': '# Home\n\nHi.\n' });
    const html = read('index.html');
    for (const absent of ['gk-banner', 'gk-header-links', 'gk-social', 'og:image', 'guidekit-banner', 'gk-sidebar-links']) expect(html).not.toContain(absent);
  });
});

