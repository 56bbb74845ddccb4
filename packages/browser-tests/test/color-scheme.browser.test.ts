import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// The light/dark toggle: it changes the page, the choice survives a reload, and a reloaded page
// is in the chosen scheme before anything is painted.

let site: TestSite;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
});
afterAll(() => site?.close());

/**
 * A page that records `data-theme` at the moment the parser reaches `<body>`: after the `<head>`
 * (and its inline script), before any content could be painted.
 */
async function watchedPage(browser: Browser, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: DESKTOP, colorScheme });
  await context.addInitScript(() => {
    const w = window as unknown as { themeAtBody?: string | null };
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      w.themeAtBody = document.documentElement.getAttribute('data-theme');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  return { context, page: await context.newPage() };
}

const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

describe('colour scheme', () => {
  it('follows the system setting while the reader has not chosen', async () => {
    const { context, page } = await watchedPage(site.browser, 'dark');
    await page.goto(site.url());
    expect(await themeAtBody(page)).toBe('dark');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'home-desktop-dark');
    await context.close();
  });

  it('the toggle switches to dark, and a reload starts dark without a flash', async () => {
    const { context, page } = await watchedPage(site.browser, 'light');
    await page.goto(site.url());
    expect(await themeAtBody(page)).toBe('light');
    const light = await background(page);
    await toggle(page).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await toggle(page).getAttribute('aria-pressed')).toBe('true');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    await page.reload();
    expect(await themeAtBody(page)).toBe('dark');
    expect(await background(page)).toBe(dark);
    // On another page of the guide too.
    await page.goto(site.url('software-product-manager/'));
    expect(await themeAtBody(page)).toBe('dark');
    await screenshot(page, 'chapter-desktop-dark');

    // Back to light, against a dark system: the stored choice wins.
    await toggle(page).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await themeAtBody(page)).toBe('light');
    expect(await background(page)).toBe(light);
    await context.close();
  });
});
