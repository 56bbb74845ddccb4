import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// What the example's config adds around the pages: the announcement banner, chapters that unfold in
// place in the sidebar, and the search dialog that forgives typos, shows more and filters by chapter.

const INTRO = 'what-is-product-management/';
const ARTICLE = 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/';

let site: TestSite;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
  context = await site.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await site?.close();
});

describe('the announcement banner', () => {
  it('stays dismissed across reloads and pages, hidden before any deferred script runs', async () => {
    const own = await site.browser.newContext({ viewport: DESKTOP });
    const p = await own.newPage();
    await p.goto(site.url(INTRO));
    const banner = p.getByRole('region', { name: 'Announcement' });
    expect(await banner.innerText()).toContain('the chapter on product analytics has been rewritten');
    await p.getByRole('button', { name: 'Dismiss the announcement' }).click();
    expect(await banner.isVisible()).toBe(false);
    // Without the theme's script, only the inline one in <head> can hide it: no flash of the banner.
    await p.route('**/_assets/guidekit.js*', (route) => route.abort());
    for (const path of [INTRO, ARTICLE]) {
      await p.goto(site.url(path));
      expect(await p.locator('.gk-banner').isVisible()).toBe(false);
    }
    await own.close();
  });

  it('shows again when its id changes, and has no close button without JavaScript', async () => {
    const own = await site.browser.newContext({ viewport: DESKTOP });
    const p = await own.newPage();
    await p.goto(site.url(INTRO));
    await p.evaluate(() => localStorage.setItem('guidekit-banner', 'an older announcement'));
    await p.reload();
    expect(await p.locator('.gk-banner').isVisible()).toBe(true);
    await own.close();
    const noJs = await site.browser.newContext({ viewport: MOBILE, javaScriptEnabled: false });
    const q = await noJs.newPage();
    await q.goto(site.url(INTRO));
    expect(await q.locator('.gk-banner').isVisible()).toBe(true);
    expect(await q.getByRole('button', { name: 'Dismiss the announcement' }).isVisible()).toBe(false);
    await noJs.close();
  });
});

describe('the sidebar', () => {
  it('unfolds another chapter in place from the keyboard, and folds it again', async () => {
    await page.goto(site.url(INTRO));
    const tree = page.getByRole('navigation', { name: 'Chapters' });
    const other = tree.getByRole('link', { name: 'Product Management Team and Roles' });
    expect(await other.isVisible()).toBe(false);
    const toggle = tree.locator('summary', { hasText: 'Sub-topics of Software Product Manager' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await other.isVisible()).toBe(true);
    await screenshot(page, 'sidebar-other-chapter-open');
    await page.keyboard.press('Space');
    expect(await other.isVisible()).toBe(false);
    // The page's own place is still the one marked.
    expect((await tree.locator('[aria-current="page"]').innerText()).replace(/\s+/g, ' ')).toBe('1. What Is Product Management?');
  });

  it('unfolds it without JavaScript too', async () => {
    const noJs = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(site.url(INTRO));
    const tree = p.getByRole('navigation', { name: 'Chapters' });
    await tree.locator('summary', { hasText: 'Sub-topics of Software Product Manager' }).click();
    expect(await tree.getByRole('link', { name: 'Product Management Team and Roles' }).isVisible()).toBe(true);
    expect(await tree.getByRole('link', { name: /Submit a correction/ }).isVisible()).toBe(true);
    await noJs.close();
  });
});

describe('search', () => {
  const openSearch = async (query: string) => {
    await page.goto(site.url(ARTICLE));
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: 'Search the guide' }).fill(query);
  };
  const options = () => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

  it('finds close matches for a word with a typo', async () => {
    await openSearch('roadmpa');
    await options().first().waitFor();
    expect(await page.getByRole('status').innerText()).toMatch(/^No exact match for “roadmpa”: \d+ close match/);
    expect((await options().first().locator('mark').allInnerTexts()).map((t) => t.toLowerCase()).join(' ')).toContain('road');
    expect(await options().allInnerTexts()).toContainEqual(expect.stringContaining('Product Management Roadmap'));
  });

  it('shows ten results, then more on request, and filters them by chapter', async () => {
    await openSearch('product');
    await options().nth(9).waitFor();
    expect(await options().count()).toBe(10);
    const more = page.getByRole('button', { name: /^Show \d+ more results?$/ });
    await more.click();
    await options().nth(10).waitFor();
    expect(await options().count()).toBeGreaterThan(10);
    await screenshot(page, 'search-show-more');
    const problems = await runAxe(page);
    expect(problems).toEqual([]);

    const filter = page.getByRole('combobox', { name: 'Chapter' });
    await filter.selectOption('3. Software Product Manager');
    // Every result then comes from that chapter: its pages, and the chapter's own page (named once, by its title).
    await page.waitForFunction(() => {
      const results = [...document.querySelectorAll('#gk-search-results [role="option"]')];
      return results.length > 0 && results.every((r) => /^3\. Software Product Manager$/i.test((r.querySelector('.gk-search-chapter') ?? r.querySelector('.gk-search-title'))!.textContent!));
    });
    expect(await options().count()).toBeGreaterThan(1);
  });

  it('says so when it cannot load, and still opens and closes', async () => {
    const own = await site.browser.newContext({ viewport: DESKTOP });
    const p = await own.newPage();
    await p.route('**/_assets/search-ui.js*', (route) => route.abort());
    await p.goto(site.url(ARTICLE));
    await p.keyboard.press('/');
    const status = p.locator('.gk-search-status');
    await p.waitForFunction(() => document.querySelector('.gk-search-status')?.textContent !== '');
    expect(await status.innerText()).toBe('Search is not available here.');
    await p.getByRole('button', { name: 'Esc Close search' }).click();
    expect(await p.getByRole('dialog').isVisible()).toBe(false);
    await own.close();
  });

  it('names a chapter once in its own result', async () => {
    await openSearch('software product manager');
    const chapterPage = options().filter({ has: page.locator('.gk-search-title', { hasText: /^3\. Software Product Manager$/ }) });
    await chapterPage.first().waitFor();
    expect(await chapterPage.first().locator('.gk-search-chapter').count()).toBe(0);
  });
});

describe('the header on a phone', () => {
  it('shows the whole guide title at 390 px', async () => {
    const phone = await site.browser.newContext({ viewport: MOBILE });
    const p = await phone.newPage();
    await p.goto(site.url(ARTICLE));
    const title = p.locator('.gk-brand-title');
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight)).toBe(true);
    expect(await title.innerText()).toBe('The Product Management Guide');
    await screenshot(p, 'header-390');
    await phone.close();
  });
});
