import { defineConfig } from 'guidekit';

export default defineConfig({
  title: 'The Product Management Guide',
  description: 'A practical guide to product management, from core concepts and team roles to roadmaps, metrics, analytics, and lean practice.',
  siteUrl: 'https://guides.example.com/pm/',
  defaultAuthor: 'marcus-ellery',
  banner: {
    text: 'New: the chapter on product analytics has been rewritten.',
    link: { label: 'Read it', url: '/pm/product-analytics/' },
  },
  socialLinks: [
    { label: 'GitHub', url: 'https://github.com/example/pm-guide' },
    { label: 'Mastodon', url: 'https://mastodon.social/@pmguide' },
  ],
  sidebar: {
    links: [
      { separator: 'Elsewhere' },
      { label: 'Product management newsletter', url: 'https://newsletter.example.com/' },
      { label: 'Submit a correction', url: 'https://github.com/example/pm-guide/issues', badge: 'Help' },
    ],
  },
  socialCards: true,
});
