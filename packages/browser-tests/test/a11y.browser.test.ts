import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// axe-core finds nothing to report on any page type, in either colour scheme, wide or narrow.

const PAGES = {
  home: '',
  chapter: 'software-product-manager/',
  group: 'software-product-manager/product-management-team-and-roles/',
  article: 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/',
  'article with code, table and callouts': 'practical-product-management-templates/',
  'article with footnotes': 'what-is-product-management/',
  author: 'authors/anna-grigoryan/',
  '404': 'no-such-page/',
};

let site: TestSite;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
});
afterAll(() => site?.close());

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', DESKTOP],
    ['mobile', MOBILE],
  ] as const) {
    describe(`${colorScheme}, ${device}`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await site.browser.newContext({ viewport, colorScheme });
      });
      afterAll(() => context?.close());

      for (const [name, path] of Object.entries(PAGES)) {
        it(`${name} has no axe violations`, async () => {
          const page = await context.newPage();
          await page.goto(site.url(path));
          expect(await page.locator('html').getAttribute('data-theme')).toBe(colorScheme);
          expect(await runAxe(page)).toEqual([]);
          await page.close();
        });
      }

      if (device === 'mobile') {
        it('the open chapters menu has no axe violations', async () => {
          const page = await context.newPage();
          await page.goto(site.url(PAGES.article));
          await page.getByRole('button', { name: 'Chapters', exact: true }).click();
          await page.getByRole('navigation', { name: 'Chapters' }).waitFor();
          expect(await runAxe(page)).toEqual([]);
          await page.close();
        });
      }
    });
  }
}
