import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// examples/field-guide: English (complete, at the root), French and Arabic (each partly
// translated). The language picker, the notice on an untranslated page, right to left, hreflang,
// search per language, and axe in every locale.

const SITE_URL = 'https://guides.example.org/field-notes/';

let site: TestSite;
let context: BrowserContext;
beforeAll(async () => {
  site = await openSite('field-guide', '/field-notes/');
  context = await site.browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function open(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(site.url(path));
  return page;
}

describe('the language picker', () => {
  it('works without JS: it opens and leads to the same page in another language', async () => {
    const noJs = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      const page = await open('fr/getting-started/', noJs);
      const list = page.getByRole('list', { name: 'Langue' });
      expect(await list.isVisible()).toBe(false);
      await page.locator('.gk-lang summary').click();
      expect(await list.isVisible()).toBe(true);
      expect(await list.getByRole('link').allInnerTexts()).toEqual(['English', 'Français', 'العربية']);
      expect(await list.getByRole('link', { name: 'Français' }).getAttribute('aria-current')).toBe('page');
      await list.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(site.url('getting-started/'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.locator('h1').innerText()).toBe('1. Getting Started');
    } finally {
      await noJs.close();
    }
  });

  it('is used from the keyboard: Enter opens it, Tab reaches the languages, Escape closes it', async () => {
    const page = await open('getting-started/');
    const summary = page.locator('.gk-lang summary');
    await summary.focus();
    expect(await summary.innerText()).toContain('English');
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Language' });
    expect(await list.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('English');
    await page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('العربية');
    await page.keyboard.press('Enter');
    await page.waitForURL(site.url('ar/getting-started/'));
    expect(await page.locator('h1').innerText()).toBe('1. البداية');
    await page.close();
  });
});

describe('a page a translation lacks', () => {
  it('is shown from English with a notice in the reader’s language, and navigation stays in the translation', async () => {
    const page = await open('fr/writing/style/');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    const notice = page.getByRole('note');
    expect(await notice.innerText()).toBe('Cette page n’est pas encore traduite. Elle est affichée en anglais.');
    expect(await page.locator('.gk-prose').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('Style');
    // The theme's own words are French; the chapters around it are the French ones.
    expect(await page.locator('.gk-toc-title').textContent()).toBe('Sur cette page');
    expect(await page.getByRole('navigation', { name: 'Chapitres' }).getByRole('link').allTextContents()).toEqual([
      '1. Bien commencer',
      '2. Écrire',
      'Style',
      'Reviews',
    ]);
    expect(await page.locator('.gk-prev').getAttribute('href')).toBe('/field-notes/fr/writing/');
    // Its link back to a translated page leads to the translation.
    const translated = await open('fr/getting-started/');
    expect(await translated.getByRole('note').count()).toBe(0);
    expect(await translated.getByRole('link', { name: 'Style', exact: true }).last().getAttribute('href')).toBe('/field-notes/fr/writing/style/#keep-it-plain');
    await translated.close();
    await page.close();
  });
});

describe('right to left', () => {
  it('lays Arabic pages out from the right: sidebar on the right, text aligned right, code left to right', async () => {
    const page = await open('ar/getting-started/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const sidebar = (await page.locator('#sidebar').boundingBox())!;
    const main = (await page.locator('#main').boundingBox())!;
    expect(sidebar.x).toBeGreaterThan(main.x);
    const h2 = page.locator('.gk-prose h2').first();
    const prose = (await page.locator('.gk-prose').boundingBox())!;
    const heading = (await h2.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el.firstChild!);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right };
    }))!;
    expect(prose.x + prose.width - heading.right).toBeLessThan(4);
    expect(await page.locator('.gk-toc-title').textContent()).toBe('في هذه الصفحة');

    const fallback = await open('ar/writing/style/');
    expect(await fallback.locator('.gk-prose').getAttribute('dir')).toBe('ltr');
    expect(await fallback.locator('.gk-prose pre').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await fallback.close();
    await page.close();
  });

  it('opens the chapters drawer from the right on a narrow screen', async () => {
    const narrow = await site.browser.newContext({ viewport: MOBILE, reducedMotion: 'reduce' });
    try {
      const page = await open('ar/getting-started/', narrow);
      await page.getByRole('button', { name: 'الفصول', exact: true }).click();
      const inner = page.locator('.gk-sidebar-inner');
      await inner.waitFor();
      await page.waitForTimeout(300);
      const box = (await inner.boundingBox())!;
      expect(Math.round(box.x + box.width)).toBe(MOBILE.width);
    } finally {
      await narrow.close();
    }
  });
});

describe('hreflang', () => {
  it('names every translation of a page, absolute, with the default locale as x-default', async () => {
    const page = await open('getting-started/');
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
    expect(links).toEqual([
      ['en', `${SITE_URL}getting-started/`],
      ['fr', `${SITE_URL}fr/getting-started/`],
      ['ar', `${SITE_URL}ar/getting-started/`],
      ['x-default', `${SITE_URL}getting-started/`],
    ]);
    await page.close();
  });

  it('leaves out the locales that only show the English page, whose canonical URL is the English one', async () => {
    const page = await open('fr/writing/style/');
    const links = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => el.getAttribute('hreflang')));
    expect(links).toEqual(['en', 'x-default']);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_URL}writing/style/`);
    await page.close();
  });
});

describe('search', () => {
  it('searches the reader’s language only, and speaks it', async () => {
    const page = await open('fr/');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Rechercher dans le guide' });
    await box.waitFor();
    await page.keyboard.type('carnet');
    const results = page.getByRole('listbox', { name: 'Résultats' }).getByRole('option');
    await results.first().waitFor();
    const urls = await results.evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/field-notes/fr/'))).toBe(true);
    const status = page.locator('.gk-search-status');
    expect(await status.textContent()).toMatch(/^\d+ résultats?$/);

    // The English page a French URL shows untranslated is indexed once, in English: a French search never leads to it.
    const before = await status.textContent();
    await box.fill('ledge');
    await page.waitForFunction((text) => document.querySelector('.gk-search-status')?.textContent !== text, before);
    const after = await results.evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
    expect(after.every((u) => u.startsWith('/field-notes/fr/') && !u.includes('/style/'))).toBe(true);
    await page.close();

    const english = await open('');
    await english.keyboard.press('/');
    await english.keyboard.type('ledge');
    const found = english.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await found.first().waitFor();
    expect(await found.first().locator('.gk-search-title').innerText()).toBe('Style');
    await english.close();
  });
});

describe('axe', () => {
  const pages = {
    'English article': 'writing/style/',
    'French home': 'fr/',
    'French article': 'fr/getting-started/',
    'French untranslated page': 'fr/writing/style/',
    'Arabic home': 'ar/',
    'Arabic article': 'ar/getting-started/',
    'Arabic untranslated chapter': 'ar/writing/',
    'Arabic author page': 'ar/authors/mira-solberg/',
  };
  for (const [name, path] of Object.entries(pages)) {
    it(`${name} has no violations, with the language picker open`, async () => {
      const page = await open(path);
      expect(await runAxe(page)).toEqual([]);
      await page.locator('.gk-lang summary').click();
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }
});
