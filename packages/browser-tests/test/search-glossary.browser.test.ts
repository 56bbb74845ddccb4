import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// Search (pagefind, loaded when opened) and glossary tooltips on the example guide, served under a
// base path, used from the keyboard.

const ARTICLE = 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/';

let site: TestSite;
let context: BrowserContext;
let page: Page;
/** URLs the page requested, to see when pagefind loads. */
let requests: string[];
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
  context = await site.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

async function open(path: string): Promise<void> {
  requests = [];
  await page.goto(site.url(path));
}

/** The role and name of the focused element. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute('role') ?? el?.tagName.toLowerCase()} ${el?.getAttribute('aria-label') ?? el?.textContent?.trim()}`;
  });

describe('search', () => {
  it('finds the article a word comes from, showing its chapter and the word marked, all from the keyboard', async () => {
    await open('');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    await page.keyboard.press('/');
    expect(await focused()).toBe('combobox Search the guide');
    await page.keyboard.type('uninterrupted');
    const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
    await first.waitFor();
    expect(requests.some((url) => url.endsWith('/pm/pagefind/pagefind.js'))).toBe(true);
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await first.locator('.gk-search-title').innerText()).toBe('Product Manager vs. Software Engineer');
    expect(await first.locator('.gk-search-chapter').innerText()).toMatch(/^3\. Software Product Manager$/i);
    expect((await first.locator('mark').allInnerTexts()).map((t) => t.toLowerCase())).toContain('uninterrupted');
    expect(await page.getByRole('combobox', { name: 'Search the guide' }).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    await screenshot(page, 'search-results');

    await page.keyboard.press('Enter');
    await page.waitForURL(site.url(ARTICLE));
  });

  it('moves through results with the arrow keys, opens with Ctrl+K and closes with Escape', async () => {
    await open(ARTICLE);
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: 'Search the guide' });
    await input.fill('product owner');
    const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
    await options.nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await options.last().getAttribute('aria-selected')).toBe('true');

    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);

    // Opened from its button, the dialog gives focus back to it.
    await page.getByRole('button', { name: 'Search', exact: true }).focus();
    await page.keyboard.press('Enter');
    expect(await dialog.isVisible()).toBe(true);
    expect(await input.inputValue()).toBe('product owner');
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await focused()).toBe('button Search');
  });
});

describe('glossary terms', () => {
  it("show their definition when reached with Tab, and hide it on Escape", async () => {
    await open(ARTICLE);
    const link = page.locator('.gk-term-link').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/pm\/glossary-of-product-management-terms\/#/);
    const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
    expect(await tip.getAttribute('role')).toBe('tooltip');
    expect(await tip.isVisible()).toBe(false);

    // Tab through the page until the first term link has focus.
    for (let i = 0; i < 200 && !(await link.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await tip.isVisible()).toBe(true);
    const box = await tip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(DESKTOP.width);
    expect((await tip.innerText()).length).toBeGreaterThan(40);
    await screenshot(page, 'glossary-tooltip');

    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url('')}${href!.slice('/pm/'.length)}`);
  });

  it('show their definition on a first tap, inside the screen, and follow the link on a second', async () => {
    const phone = await site.browser.newContext({ viewport: MOBILE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
    try {
      const tab = await phone.newPage();
      await tab.goto(site.url(ARTICLE));
      const term = tab.locator('.gk-term').nth(1);
      const link = term.locator('.gk-term-link');
      const tip = term.locator('.gk-term-tip');
      await link.scrollIntoViewIfNeeded();
      await link.tap();
      expect(await tip.isVisible()).toBe(true);
      expect(tab.url()).toBe(site.url(ARTICLE));
      const box = await tip.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(MOBILE.width);
      await screenshot(tab, 'glossary-tooltip-phone');
      await link.tap();
      await tab.waitForURL(/glossary-of-product-management-terms/);
    } finally {
      await phone.close();
    }
  });

  it('are listed A to Z on the glossary page, each letter leading to its first term', async () => {
    await open('glossary-of-product-management-terms/');
    const index = page.getByRole('navigation', { name: 'Glossary from A to Z' });
    const letters = await index.getByRole('link').allInnerTexts();
    expect(letters.slice(0, 4)).toEqual(['A', 'B', 'C', 'D']);
    await index.getByRole('link', { name: 'M', exact: true }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#minimum-viable-product-mvp');
  });
});
