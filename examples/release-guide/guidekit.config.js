import { defineConfig } from 'guidekit';

// A small guide that writes with every component: admonitions, tabs, code groups, steps, cards,
// details and badges (directives), included snippets and code regions, and the code extras.
export default defineConfig({
  title: 'Shipping Your First Release',
  description: 'How the Larkspur team takes a change from a branch to a tagged release, one careful step at a time.',
  siteUrl: 'https://docs.larkspur.example/releases/',
  defaultAuthor: 'teodor-blum',
});
