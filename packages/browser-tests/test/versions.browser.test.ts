import { describe, expect, it } from 'vitest';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { useExample } from './support/site.js';

// examples/field-guide in two versions: the content folder is the latest (2.x, at the root), the
// first edition (1.x) is published under /1.x/ and /fr/1.x/. The version picker (without JS and
// from the keyboard), the banner on the older version and its link, canonical links, search per
// version, and axe on versioned pages in every locale.

const SITE_URL = 'https://guides.example.org/field-notes/';

const example = useExample('field-guide', '/field-notes/');
const open = example.open;

describe('the version picker', () => {
  it('works without JS: it opens and leads to the same page in the other version', async () => {
    const noJs = await example.site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      const page = await open('writing/style/', noJs);
      const list = page.getByRole('list', { name: 'Version' });
      expect(await list.isVisible()).toBe(false);
      await page.locator('.gk-version summary').click();
      expect(await list.isVisible()).toBe(true);
      expect(await list.getByRole('link').allInnerTexts()).toEqual(['2.x', '1.x']);
      expect(await list.getByRole('link', { name: '2.x' }).getAttribute('aria-current')).toBe('page');
      await screenshot(page, 'versions-picker-open');
      await list.getByRole('link', { name: '1.x' }).click();
      await page.waitForURL(example.site.url('1.x/writing/style/'));
      expect(await page.locator('h1').innerText()).toBe('Style');
      expect(await page.locator('.gk-prose').innerText()).toContain('Use plain words and always write the unit.');
    } finally {
      await noJs.close();
    }
  });

  it('is used from the keyboard: Enter opens it, Tab reaches the versions, Escape closes it', async () => {
    const page = await open('fr/getting-started/');
    const summary = page.locator('.gk-version summary');
    await summary.focus();
    expect(await summary.innerText()).toBe('Version:\n2.x');
    await page.keyboard.press('Enter');
    const list = page.getByRole('list', { name: 'Version' });
    expect(await list.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2.x');
    await page.keyboard.press('Escape');
    expect(await list.isVisible()).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('1.x');
    await page.keyboard.press('Enter');
    // The same page, in the same language, in the older version.
    await page.waitForURL(example.site.url('fr/1.x/getting-started/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.locator('.gk-prose').innerText()).toContain('Écrivez au crayon');
    await page.close();
  });

  it('leads from a page the other version lacks to the nearest page above it there', async () => {
    const page = await open('1.x/writing/typing-up/');
    await page.locator('.gk-version summary').click();
    expect(await page.getByRole('list', { name: 'Version' }).getByRole('link', { name: '2.x' }).getAttribute('href')).toBe('/field-notes/writing/');
    await page.close();
  });
});

describe('the latest/ alias', () => {
  it('leads to the same page of the latest version, with its anchor, in every language', async () => {
    const page = await open('latest/writing/style/#units-and-times');
    await page.waitForURL(example.site.url('writing/style/#units-and-times'));
    expect(await page.locator('h1').innerText()).toBe('Style');
    await page.goto(example.site.url('fr/latest/getting-started/'));
    await page.waitForURL(example.site.url('fr/getting-started/'));
    await page.close();
  });
});

describe('an older version', () => {
  it('says so in a banner whose link leads to the same page in the latest, which has no banner', async () => {
    const page = await open('1.x/getting-started/');
    const banner = page.locator('.gk-outdated');
    expect(await banner.getAttribute('role')).toBe('note');
    expect(await banner.innerText()).toBe('This is the guide for \u20681.x\u2069, an older version. Read this page in the latest version');
    await screenshot(page, 'versions-banner');
    await banner.getByRole('link').click();
    await page.waitForURL(example.site.url('getting-started/'));
    expect(await page.locator('.gk-outdated').count()).toBe(0);
    expect(await page.locator('h1').innerText()).toBe('1. Getting Started');
    await page.close();
  });

  it('leads from a page the latest lacks to its chapter there, in the reader’s language', async () => {
    const page = await open('fr/1.x/writing/typing-up/');
    const banner = page.locator('.gk-outdated');
    expect(await banner.innerText()).toBe(
      'Vous lisez le guide de la version \u20681.x\u2069, une version antérieure. La dernière version n’a pas cette page. Lire « \u2068Écrire\u2069 » dans la dernière version',
    );
    await banner.getByRole('link').click();
    await page.waitForURL(example.site.url('fr/writing/'));
    expect(await page.locator('h1').innerText()).toBe('2. Écrire');
    await page.close();
  });

  it('points search engines at the latest page, and at itself when the latest has none', async () => {
    const canonical = async (path: string) => {
      const page = await open(path);
      const href = await page.locator('link[rel="canonical"]').getAttribute('href');
      await page.close();
      return href;
    };
    expect(await canonical('1.x/writing/style/')).toBe(`${SITE_URL}writing/style/`);
    expect(await canonical('fr/1.x/getting-started/')).toBe(`${SITE_URL}fr/getting-started/`);
    expect(await canonical('1.x/writing/typing-up/')).toBe(`${SITE_URL}1.x/writing/typing-up/`);
    expect(await canonical('writing/style/')).toBe(`${SITE_URL}writing/style/`);
  });

  it('searches its own pages, and the latest searches only its own', async () => {
    const search = async (path: string, query: string) => {
      const page = await open(path);
      await page.keyboard.press('/');
      await page.keyboard.type(query);
      const results = page.getByRole('listbox').getByRole('option');
      await page.waitForFunction(() => /\d|No results/.test(document.querySelector('.gk-search-status')?.textContent ?? ''));
      // Each result is itself the link.
      const urls = await results.evaluateAll((els) => els.map((el) => new URL((el as HTMLAnchorElement).href).pathname));
      await page.close();
      return urls;
    };
    expect(await search('1.x/', 'pencil')).toEqual(['/field-notes/1.x/getting-started/']);
    expect(await search('', 'pencil')).toEqual([]);
    const notebook = await search('', 'notebook');
    expect(notebook.length).toBeGreaterThan(0);
    expect(notebook.every((url) => !url.includes('/1.x/') && !url.includes('/latest/'))).toBe(true);
  });

  it('keeps the banner and the picker usable on a narrow screen', async () => {
    const narrow = await example.site.browser.newContext({ viewport: MOBILE });
    try {
      const page = await open('1.x/writing/', narrow);
      await page.locator('.gk-version summary').click();
      const list = page.getByRole('list', { name: 'Version' });
      const box = (await list.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(MOBILE.width);
      await screenshot(page, 'versions-narrow');
    } finally {
      await narrow.close();
    }
  });
});

describe('axe', () => {
  const pages = {
    'English article, latest': 'writing/style/',
    'English article, 1.x': '1.x/writing/style/',
    'English page the latest lacks, 1.x': '1.x/writing/typing-up/',
    'French article, 1.x': 'fr/1.x/getting-started/',
    'French untranslated page, 1.x': 'fr/1.x/writing/style/',
    'Arabic home, 1.x': 'ar/1.x/',
  };
  for (const [name, path] of Object.entries(pages)) {
    it(`${name} has no violations, with the version picker open`, async () => {
      const page = await open(path);
      expect(await runAxe(page)).toEqual([]);
      await page.locator('.gk-version summary').click();
      expect(await runAxe(page)).toEqual([]);
      await page.close();
    });
  }
});
