import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../src/index.js';
import { contentFolder, tempDir } from './helpers.js';

// The three theming levels a team has: brand settings, the guide's own theme/ folder, and a theme
// package that extends theme-default. Files of a more specific level win, one file at a time.

const pages = {
  'index.md': '# Home\n\nWelcome.\n',
  '01-intro.md': '# Intro\n\nHello.\n',
};

/** A theme package installed in the guide's node_modules, extending theme-default. */
const oceanTheme = {
  'node_modules/@acme/theme-ocean/package.json': JSON.stringify({ name: '@acme/theme-ocean', version: '1.0.0' }),
  'node_modules/@acme/theme-ocean/theme.json': JSON.stringify({
    name: 'ocean',
    parent: '@guidekit/theme-default',
    css: ['ocean.css'],
  }),
  'node_modules/@acme/theme-ocean/assets/ocean.css': ':root{--gk-accent:teal}',
  'node_modules/@acme/theme-ocean/templates/404.njk': '{% extends "layout.njk" %}{% block content %}<p>Lost at sea</p>{% endblock %}',
  'node_modules/@acme/theme-ocean/templates/partials/footer.njk': '<footer>ocean footer</footer>',
};

async function buildGuide(files: Record<string, string>) {
  const root = contentFolder(files);
  const outDir = path.join(tempDir(), 'out');
  const report = await build({ root, outDir });
  expect(report.diagnostics).toEqual([]);
  return (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
}

const stylesheets = (html: string) => [...html.matchAll(/<link rel="stylesheet" href="([^"?]+)/g)].map((m) => m[1]);

describe('theme chain', () => {
  it('a theme package by name: its templates and css over the parent, the parent for the rest', async () => {
    const read = await buildGuide({
      ...pages,
      ...oceanTheme,
      'guidekit.config.js': "export default { theme: '@acme/theme-ocean' };",
    });
    expect(read('404.html')).toContain('<p>Lost at sea</p>');
    expect(read('intro/index.html')).toContain('<footer>ocean footer</footer>');
    expect(read('intro/index.html')).toContain('class="gk-page gk-page-article');
    expect(stylesheets(read('intro/index.html'))).toEqual(['/_assets/guidekit.css', '/_assets/ocean.css']);
    expect(read('_assets/ocean.css')).toBe(':root{--gk-accent:teal}');
  });

  it("the guide's theme/ folder wins over the theme package, and adds its css and the config's last", async () => {
    const read = await buildGuide({
      ...pages,
      ...oceanTheme,
      'guidekit.config.js': "export default { theme: '@acme/theme-ocean', extraCss: ['brand.css'] };",
      'public/brand.css': '.x{}',
      'theme/templates/partials/footer.njk': '<footer>team footer</footer>',
      'theme/theme.json': JSON.stringify({ name: 'team', css: ['team.css'] }),
      'theme/assets/team.css': '.team{}',
    });
    const intro = read('intro/index.html');
    expect(intro).toContain('<footer>team footer</footer>');
    expect(intro).not.toContain('ocean footer');
    expect(read('404.html')).toContain('<p>Lost at sea</p>');
    expect(stylesheets(intro)).toEqual(['/_assets/guidekit.css', '/_assets/ocean.css', '/_assets/team.css', '/brand.css']);
  });

  it('a theme given as a folder path, relative to the guide', async () => {
    const read = await buildGuide({
      ...pages,
      'guidekit.config.js': "export default { theme: './themes/plain' };",
      'themes/plain/theme.json': JSON.stringify({ name: 'plain', parent: '@guidekit/theme-default' }),
      'themes/plain/templates/partials/footer.njk': '<footer>plain footer</footer>',
    });
    expect(read('intro/index.html')).toContain('<footer>plain footer</footer>');
  });

  it('brand settings become custom properties; the logo and avatars are URLs under the base', async () => {
    const root = contentFolder({
      ...pages,
      '01-intro.md': '---\nauthor: anna\n---\n# Intro\n\nHello.\n',
      'authors.yml': 'anna:\n  name: Anna Grigoryan\n  avatar: people/anna.png\n',
      'public/people/anna.png': 'png',
      'guidekit.config.js': "export default { brand: { accent: '#9a3412', logo: 'logo.svg', fontBody: 'Georgia, serif' } };",
      'public/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const outDir = path.join(tempDir(), 'out');
    await build({ root, outDir, base: '/docs/' });
    const home = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toContain('<style>:root{--gk-accent:#9a3412;--gk-font-body:Georgia, serif;}</style>');
    expect(home).toContain('<img class="gk-brand-logo" src="/docs/logo.svg"');
    const intro = fs.readFileSync(path.join(outDir, 'intro/index.html'), 'utf8');
    expect(intro).toContain('<img class="gk-avatar" src="/docs/people/anna.png"');
  });
});
