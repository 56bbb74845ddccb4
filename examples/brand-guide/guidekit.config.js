import { defineConfig } from 'guidekit';

// The three theming levels at once: brand settings (below), a theme package that extends
// theme-default (`theme`), and one partial overridden in this guide's theme/ folder (the footer).
export default defineConfig({
  title: 'Tidewater Onboarding Handbook',
  description: 'Everything a new Tidewater Labs colleague needs in their first weeks: people, habits, tools.',
  siteUrl: 'https://handbook.tidewater.example/',
  defaultAuthor: 'ines-okafor',
  theme: '@guidekit/example-theme-ocean',
  brand: {
    accent: '#9a3412',
    logo: 'logo.svg',
    fontBody: '"Avenir Next", Avenir, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  },
  footerLinks: [
    { label: 'Careers', url: 'https://tidewater.example/careers' },
    { label: 'Code of conduct', url: 'https://tidewater.example/conduct' },
    { label: 'Suggest an edit', url: 'https://git.tidewater.example/people/handbook' },
  ],
  socialLinks: [
    { label: 'Blog', url: 'https://tidewater.example/blog' },
    { label: 'Mastodon', url: 'https://social.example/@tidewater' },
  ],
  extraCss: ['brand.css'],
});
