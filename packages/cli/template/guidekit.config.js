import { defineConfig } from 'guidekit';

export default defineConfig({
  title: 'My Guide',
  description: 'A guide built with guidekit.',
  defaultAuthor: 'editor',
  // Where the site will live; its path is the base every URL starts with, e.g.
  // siteUrl: 'https://example.com/my-guide/',
});
