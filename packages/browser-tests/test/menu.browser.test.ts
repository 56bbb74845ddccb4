import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// The phone's "Chapters" drawer: a keyboard user can open it, cannot tab out of it, and closes it
// with Escape back where they were; a finger closes it by tapping beside it.

const ARTICLE = 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/';

let site: TestSite;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
  context = await site.browser.newContext({ viewport: MOBILE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

const menuButton = () => page.getByRole('button', { name: 'Chapters', exact: true });
const drawer = () => page.getByRole('navigation', { name: 'Chapters' });
const focusInDrawer = () => page.evaluate(() => !!document.activeElement?.closest('#sidebar'));
const focusIsMenuButton = () => page.evaluate(() => document.activeElement?.matches('.gk-menu-button') ?? false);

describe('mobile chapters menu', () => {
  beforeEach(async () => {
    await page.goto(site.url(ARTICLE));
  });

  it('opens with Enter, keeps Tab inside, closes with Escape and returns focus to the button', async () => {
    expect(await drawer().isVisible()).toBe(false);
    await menuButton().focus();
    await page.keyboard.press('Enter');
    await drawer().waitFor({ state: 'visible' });
    expect(await menuButton().getAttribute('aria-expanded')).toBe('true');
    expect(await focusInDrawer()).toBe(true);
    await screenshot(page, 'menu-mobile-open');

    // More presses than the drawer has stops: focus wraps around instead of leaving.
    const stops = await drawer().locator('a[href], summary, button').count();
    for (let i = 0; i < stops + 3; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDrawer(), `after Tab ${i + 1}`).toBe(true);
    }
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Shift+Tab');
      expect(await focusInDrawer(), `after Shift+Tab ${i + 1}`).toBe(true);
    }
    // The page behind cannot be reached while the drawer is open.
    expect(await page.evaluate(() => (document.querySelector('main') as HTMLElement).inert)).toBe(true);

    await page.keyboard.press('Escape');
    await drawer().waitFor({ state: 'hidden' });
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
    expect(await focusIsMenuButton()).toBe(true);
    expect(await page.evaluate(() => (document.querySelector('main') as HTMLElement).inert)).toBe(false);
  });

  it('opens with a tap and closes with a tap beside the drawer', async () => {
    await menuButton().tap();
    await drawer().waitFor({ state: 'visible' });
    const box = (await drawer().locator('.gk-sidebar-inner').boundingBox())!;
    expect(box.x + box.width).toBeLessThan(MOBILE.width - 20);
    await page.touchscreen.tap(MOBILE.width - 10, MOBILE.height / 2);
    await drawer().waitFor({ state: 'hidden' });
    expect(await menuButton().getAttribute('aria-expanded')).toBe('false');
  });

  it('the close button closes it too', async () => {
    await menuButton().click();
    await page.getByRole('button', { name: 'Close chapters' }).click();
    await drawer().waitFor({ state: 'hidden' });
    expect(await focusIsMenuButton()).toBe(true);
  });
});

describe('mobile chapters menu without JavaScript', () => {
  it('the "Chapters" link opens the tree and the close link hides it again', async () => {
    const noJs = await site.browser.newContext({ viewport: MOBILE, javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(site.url(ARTICLE));
    const tree = p.getByRole('navigation', { name: 'Chapters' });
    expect(await tree.isVisible()).toBe(false);
    await p.getByRole('link', { name: 'Chapters', exact: true }).click();
    await tree.getByRole('link', { name: '1. What Is Product Management?' }).waitFor();
    expect(await tree.locator('[aria-current="page"]').innerText()).toBe('Product Manager vs. Software Engineer');
    await p.getByRole('link', { name: 'Close chapters' }).click();
    await tree.waitFor({ state: 'hidden' });
    await noJs.close();
  });
});
