import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// The weight budget of issue #3: per page at most 15 KB of JavaScript and 40 KB of CSS before
// compression (files it loads plus inline <script>/<style>; JSON data blocks are not scripts), and
// no web font downloads.

const JS_LIMIT = 15 * 1024;
const CSS_LIMIT = 40 * 1024;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;

const PAGES = {
  home: '',
  chapter: 'software-product-manager/',
  group: 'software-product-manager/product-management-team-and-roles/',
  article: 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/',
  'article with code': 'practical-product-management-templates/',
  author: 'authors/anna-grigoryan/',
  '404': 'no-such-page/',
};

let site: TestSite;
let branded: TestSite;
let release: TestSite;
beforeAll(async () => {
  [site, branded, release] = await Promise.all([openSite('pm-guide', '/pm/'), openSite('brand-guide', '/'), openSite('release-guide', '/')]);
});
afterAll(async () => {
  await site?.close();
  await branded?.close();
  await release?.close();
});

interface Weight {
  js: number;
  css: number;
  fonts: string[];
  /** The scripts and stylesheets fetched, by file name. */
  files: string[];
}

/** Loads a page and adds up the scripts and stylesheets it fetched and carries inline. */
async function weigh(page: Page, url: string): Promise<Weight> {
  const fetched: Promise<{ type: string; bytes: number; name: string }>[] = [];
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font' || FONT_FILE.test(request.url())) fonts.push(request.url());
  });
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const name = new URL(response.url()).pathname.split('/').pop()!;
    if (type === 'script' || type === 'stylesheet') fetched.push(response.body().then((b) => ({ type, bytes: b.length, name })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() => {
    const size = (els: NodeListOf<Element>) =>
      [...els].reduce((sum, el) => sum + new TextEncoder().encode(el.textContent ?? '').length, 0);
    return {
      // Data blocks (structured data, the page's UI strings for its scripts) are not JavaScript.
      js: size(document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')),
      css: size(document.querySelectorAll('style')),
    };
  });
  const files = await Promise.all(fetched);
  const total = (type: string) => files.filter((f) => f.type === type).reduce((sum, f) => sum + f.bytes, 0);
  return { js: total('script') + inline.js, css: total('stylesheet') + inline.css, fonts, files: files.map((f) => f.name).sort() };
}

/** Weighs each page, prints a table, and holds every page to the budget. */
async function checkBudget(title: string, target: TestSite, pages: Record<string, string>): Promise<void> {
  const context = await target.browser.newContext({ viewport: DESKTOP });
  const rows: { page: string; 'JS bytes': number; 'CSS bytes': number; fonts: number }[] = [];
  for (const [name, path] of Object.entries(pages)) {
    const page = await context.newPage();
    const weight = await weigh(page, target.url(path));
    await page.close();
    rows.push({ page: name, 'JS bytes': weight.js, 'CSS bytes': weight.css, fonts: weight.fonts.length });
    expect(weight.js, `${name}: JS`).toBeGreaterThan(0);
    expect(weight.js, `${name}: JS`).toBeLessThanOrEqual(JS_LIMIT);
    expect(weight.css, `${name}: CSS`).toBeGreaterThan(0);
    expect(weight.css, `${name}: CSS`).toBeLessThanOrEqual(CSS_LIMIT);
    expect(weight.fonts, `${name}: font requests`).toEqual([]);
  }
  console.log(`${title}: page weight before compression (limits: JS ${JS_LIMIT} B, CSS ${CSS_LIMIT} B)`);
  console.table(rows);
  await context.close();
}

it('every page type stays within 15 KB of JS and 40 KB of CSS and loads no web fonts', async () => {
  await checkBudget('pm-guide (theme-default)', site, PAGES);
});

it('so does a branded guide with a theme package and its own stylesheet', async () => {
  await checkBudget('brand-guide (theme-ocean, brand.css)', branded, {
    home: '',
    article: 'how-we-work/writing-things-down/',
    '404': 'no-such-page/',
  });
});

it('a page with components loads only the files of what it uses, and a page without them none', async () => {
  const context = await release.browser.newContext({ viewport: DESKTOP });
  const weights: Record<string, Weight> = {};
  for (const [name, path] of Object.entries({ plain: 'why-two-weeks/', components: 'preparing-a-release/' })) {
    const page = await context.newPage();
    weights[name] = await weigh(page, release.url(path));
    await page.close();
  }
  await context.close();
  const { plain, components } = weights as Record<'plain' | 'components', Weight>;
  console.log('release-guide: page weight before compression');
  console.table({ plain: { js: plain.js, css: plain.css }, components: { js: components.js, css: components.css } });
  expect(plain.files).toEqual(['glossary.js', 'guidekit.css', 'guidekit.js', 'search.js']);
  expect(components.files).toEqual(['code.css', 'components.css', 'glossary.js', 'guidekit.css', 'guidekit.js', 'search.js', 'tabs.js']);
  expect(plain.js).toBeLessThanOrEqual(JS_LIMIT);
  expect(plain.css).toBeLessThanOrEqual(CSS_LIMIT);
  // What the components add: their stylesheets and the tabs script, a few kilobytes.
  expect(components.js - plain.js).toBeLessThanOrEqual(3 * 1024);
  expect(components.css - plain.css).toBeLessThanOrEqual(7 * 1024);
});
