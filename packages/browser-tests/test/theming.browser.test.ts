import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// examples/brand-guide themes itself on all three levels: brand settings in its config, the theme
// package examples/theme-ocean (which extends theme-default), and its own partials/footer.njk.
// Each of them has to show in the page a reader gets.

const ARTICLE = 'how-we-work/writing-things-down/';
const ACCENT = '#9a3412'; // brand.accent in examples/brand-guide/guidekit.config.js

let site: TestSite;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await openSite('brand-guide', '/');
  context = await site.browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

/** Any CSS colour (hex, rgb(), oklch()…) as the sRGB bytes the screen shows. */
const rgbOf = (color: string) =>
  page.evaluate((c) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    ctx.fillStyle = c;
    ctx.fillRect(0, 0, 1, 1);
    return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, color);
const style = (selector: string, property: string) =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

describe('brand settings from the config', () => {
  it('the accent colours the links and the current page in the chapter tree', async () => {
    await page.goto(site.url());
    const accent = await rgbOf(ACCENT);
    expect(await rgbOf(await style('.gk-prose p a[href]', 'color'))).toEqual(accent);
    await page.goto(site.url(ARTICLE));
    await screenshot(page, 'brand-article-desktop');
    expect(await rgbOf(await style('.gk-sidebar [aria-current="page"]', 'color'))).toEqual(accent);
  });

  it('the logo and the body font show', async () => {
    await page.goto(site.url());
    await screenshot(page, 'brand-home-desktop');
    const logo = page.locator('.gk-brand img');
    expect(await logo.getAttribute('src')).toBe('/logo.svg');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await style('body', 'font-family')).toMatch(/^"Avenir Next", Avenir/);
  });
});

describe('the theme package examples/theme-ocean', () => {
  it('loads ocean.css after theme-default, and its styles apply', async () => {
    await page.goto(site.url(ARTICLE));
    const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href && new URL(s.href).pathname));
    expect(sheets.slice(0, 3)).toEqual(['/_assets/guidekit.css', '/_assets/ocean.css', '/brand.css']);
    expect(await style('.gk-header', 'border-top-width')).toBe('4px');
    expect(await style('h1', 'font-family')).toMatch(/^"Iowan Old Style"/);
  });

  it("renders the theme's own 404 template", async () => {
    const response = await page.goto(site.url('no-such-page/'));
    expect(response?.status()).toBe(404);
    await screenshot(page, 'brand-404-desktop');
    expect(await page.locator('.gk-eyebrow').innerText()).toMatch(/Lost at sea/i);
    expect(await page.getByRole('link', { name: 'Back to Tidewater Onboarding Handbook' }).count()).toBe(1);
  });
});

describe("the guide's own theme/templates/partials/footer.njk", () => {
  it('replaces the footer, with the config footer links and brand.css styling', async () => {
    await page.goto(site.url(ARTICLE));
    const footer = page.getByRole('contentinfo');
    await footer.scrollIntoViewIfNeeded();
    await screenshot(page, 'brand-footer-desktop');
    expect(await footer.innerText()).toContain('Tidewater Labs · People Team');
    expect(await footer.getByRole('navigation', { name: 'Footer' }).getByRole('link').allInnerTexts()).toEqual([
      'Careers',
      'Code of conduct',
      'Suggest an edit',
    ]);
    expect(await rgbOf(await style('footer', 'background-color'))).toEqual(await rgbOf('#0b3b4a'));
  });
});

describe('the branded guide stays accessible', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [name, path] of Object.entries({ home: '', chapter: 'how-we-work/', article: ARTICLE, tools: 'tools-and-access/', '404': 'x/' })) {
      it(`${name}, ${colorScheme}: no axe violations`, async () => {
        const themed = await site.browser.newContext({ viewport: DESKTOP, colorScheme });
        const p = await themed.newPage();
        await p.goto(site.url(path));
        expect(await runAxe(p)).toEqual([]);
        if (name === 'article') await screenshot(p, `brand-article-desktop-${colorScheme}`);
        await themed.close();
      });
    }
  }

  it('reads well on a phone', async () => {
    const phone = await site.browser.newContext({ viewport: MOBILE, colorScheme: 'light' });
    const p = await phone.newPage();
    await p.goto(site.url(ARTICLE));
    await screenshot(p, 'brand-article-mobile');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
    await phone.close();
  });
});
