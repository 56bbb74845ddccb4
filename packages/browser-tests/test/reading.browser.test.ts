import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// What a reader sees on the example guide's home, chapter and article pages, on a laptop and a phone.

const CHAPTER = 'software-product-manager/';
const GROUP = `${CHAPTER}product-management-team-and-roles/`;
const ARTICLE = `${GROUP}product-manager-vs-software-engineer/`;

let site: TestSite;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
});
afterAll(() => site?.close());

/** Rendered text of an element, whitespace collapsed. */
const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ').trim();

for (const [device, viewport] of [
  ['desktop', DESKTOP],
  ['mobile', MOBILE],
] as const) {
  describe(`${device} ${viewport.width}×${viewport.height}`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    const chapters = () => page.getByRole('navigation', { name: 'Chapters' });

    /** The chapter tree: in view on desktop, behind the "Chapters" button on a phone. */
    async function revealChapters(): Promise<void> {
      if (device === 'mobile') {
        expect(await chapters().isVisible()).toBe(false);
        await page.getByRole('button', { name: 'Chapters', exact: true }).click();
      }
      await chapters().getByRole('link', { name: '1. What Is Product Management?' }).waitFor();
    }

    async function closeChapters(): Promise<void> {
      if (device === 'mobile') await page.keyboard.press('Escape');
    }

    it('home: title, numbered chapter cards and the chapter tree', async () => {
      await page.goto(site.url());
      await screenshot(page, `home-${device}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('The Product Management Guide');
      const cards = page.locator('.gk-chapter-cards > li');
      expect(await cards.count()).toBe(17);
      const first = cards.first().getByRole('link', { name: '1. What Is Product Management?' });
      expect(await first.isVisible()).toBe(true);
      await revealChapters();
      expect(await chapters().getByRole('link', { name: '17. Glossary of Product Management Terms' }).count()).toBe(1);
      await closeChapters();
    });

    it('chapter: numbered title, breadcrumbs and its sub-topics with descriptions', async () => {
      await page.goto(site.url(CHAPTER));
      await screenshot(page, `chapter-${device}`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('3. Software Product Manager');
      expect(await textOf(page.getByRole('navigation', { name: 'Breadcrumb' }))).toBe('Home');
      const topics = page.getByRole('region', { name: 'Topics in this chapter' });
      await topics.getByRole('link', { name: 'Product Management Team and Roles' }).waitFor();
      expect(await topics.innerText()).toMatch(/Product Management Team and Roles\s+\S/);
      await revealChapters();
      const current = chapters().locator('[aria-current="page"]');
      expect(await textOf(current)).toBe('3. Software Product Manager');
      expect(await current.isVisible()).toBe(true);
      // The group toggle's label is for screen readers only: it takes no room on screen.
      const label = await chapters().locator('summary .gk-sr-only').first().boundingBox();
      expect(label!.width * label!.height).toBeLessThanOrEqual(1);
      await closeChapters();
    });

    it('article "Product Manager vs. Software Engineer": all a reader needs around the text', async () => {
      await page.goto(site.url(ARTICLE));
      await screenshot(page, `article-${device}`);
      await screenshot(page, `article-${device}-full`, true);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Product Manager vs. Software Engineer');

      const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
      expect(await crumbs.isVisible()).toBe(true);
      expect(await crumbs.getByRole('link').allInnerTexts()).toEqual([
        'Home',
        '3. Software Product Manager',
        'Product Management Team and Roles',
      ]);

      const toc = page.getByRole('navigation', { name: 'On this page' });
      expect(await toc.getByRole('link', { name: 'What does a product manager do?' }).count()).toBe(1);
      if (device === 'desktop') {
        // Beside the text, not above it.
        expect(await toc.isVisible()).toBe(true);
        const tocBox = (await toc.boundingBox())!;
        const textBox = (await page.locator('.gk-prose').boundingBox())!;
        expect(tocBox.x).toBeGreaterThan(textBox.x + textBox.width - 1);
        // Reading further down highlights the section being read.
        await page.getByRole('heading', { name: 'Where the roles overlap' }).evaluate((h) => h.scrollIntoView());
        await page.waitForFunction(() => document.querySelector('.gk-toc [aria-current="location"]')?.textContent === 'Where the roles overlap');
      }

      const authorBlock = page.getByRole('region', { name: 'About the author' });
      await authorBlock.scrollIntoViewIfNeeded();
      expect(await authorBlock.isVisible()).toBe(true);
      const authorText = await authorBlock.innerText();
      expect(authorText).toContain('Anna Grigoryan');
      expect(authorText).toContain('Director of Product Management');

      const siblings = page.getByRole('complementary', { name: 'Product Management Team and Roles' });
      await siblings.scrollIntoViewIfNeeded();
      expect(await siblings.isVisible()).toBe(true);
      expect(await siblings.locator('li').count()).toBe(9);
      const marked = siblings.locator('[aria-current="page"]');
      expect(await textOf(marked)).toBe('Product Manager vs. Software Engineer');
      await screenshot(page, `article-${device}-end`);

      await revealChapters();
      const tree = chapters();
      expect(await tree.getByRole('link', { name: '3. Software Product Manager' }).isVisible()).toBe(true);
      const current = tree.locator('[aria-current="page"]');
      expect(await textOf(current)).toBe('Product Manager vs. Software Engineer');
      expect(await current.isVisible()).toBe(true); // scrolled into view inside the tree
      if (device === 'mobile') await screenshot(page, 'article-mobile-menu');
      // The group of the current article folds away and opens again from its toggle.
      const toggle = tree.locator('summary', { hasText: 'Sub-topics of Product Management Team and Roles' });
      const lead = tree.getByRole('link', { name: 'Role of a Product Management Lead' });
      await toggle.click();
      expect(await lead.isVisible()).toBe(false);
      await toggle.click();
      expect(await lead.isVisible()).toBe(true);
      await closeChapters();
    });
  });
}
