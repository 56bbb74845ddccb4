import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from '@guidekit/core';
import { DESKTOP, MOBILE, launchBrowser, screenshot } from './support/browser.js';
import { serveStatic } from './support/serve.js';

// The portable edition (`build --portable`) read straight from disk, as a file:// URL, and from a
// folder of a server it was not built for: every link, script, stylesheet, the search index,
// glossary tooltips, the colour scheme, the chapters menu and the language picker work, and no
// request fails.

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const ARTICLE = 'software-product-manager/product-management-team-and-roles/product-manager-vs-software-engineer/index.html';

let browser: Browser;
let pmGuide: string;
let fieldGuide: string;
const made: string[] = [];

async function buildPortable(name: string): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `guidekit-portable-${name}-`));
  made.push(outDir);
  const report = await build({ root: path.join(EXAMPLES, name), outDir, portable: true, cache: false });
  if (!report.ok) throw new Error(`${name} did not build: ${report.diagnostics.map((d) => d.message).join('; ')}`);
  return outDir;
}

beforeAll(async () => {
  [pmGuide, fieldGuide] = await Promise.all([buildPortable('pm-guide'), buildPortable('field-guide')]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A page in a fresh context that records every failed request and console error. */
async function openPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // ERR_ABORTED: a load cut short by leaving the page (a missing file is ERR_FILE_NOT_FOUND).
    if (error !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  // A failed load is reported above with its URL; the console's copy of it is left out, as is the
  // browser's own look for /favicon.ico at a server's root, which a page does not ask for.
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

const fileUrl = (dir: string, file: string) => pathToFileURL(path.join(dir, file)).href;

/** True when the theme's stylesheet applies (the header is laid out by it). */
const styled = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector('.gk-header')!).position === 'sticky');

describe('the portable pm-guide opened from file://', () => {
  it('is read by following the sidebar, next and previous, breadcrumbs, search and a glossary tooltip, in dark mode', async () => {
    const { context, page, problems } = await openPage();
    try {
      await page.goto(fileUrl(pmGuide, 'index.html'));
      expect(await styled(page)).toBe(true);
      const sidebar = page.getByRole('navigation', { name: 'Chapters' });

      await sidebar.getByRole('link', { name: '3. Software Product Manager' }).click();
      await page.waitForURL(fileUrl(pmGuide, 'software-product-manager/index.html'));
      expect(await page.locator('h1').innerText()).toBe('3. Software Product Manager');
      await page.getByRole('main').getByRole('link', { name: 'Product Management Team And Roles' }).first().click();
      await page.waitForURL(fileUrl(pmGuide, 'software-product-manager/product-management-team-and-roles/index.html'));
      await sidebar.getByRole('link', { name: 'Product Manager vs. Software Engineer' }).click();
      await page.waitForURL(fileUrl(pmGuide, ARTICLE));

      await page.locator('a[rel="next"]').click();
      await page.waitForURL((url) => url.href !== fileUrl(pmGuide, ARTICLE) && url.href.endsWith('/index.html'));
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(fileUrl(pmGuide, ARTICLE));

      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
      await page.waitForURL(fileUrl(pmGuide, 'software-product-manager/index.html'));
      await page.goBack();
      await page.waitForURL(fileUrl(pmGuide, ARTICLE));

      // The theme toggle: dark, and still dark on the next page.
      await page.getByRole('button', { name: 'Dark theme' }).click();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');

      const term = page.locator('.gk-term').first();
      await term.hover();
      const tip = term.locator('.gk-term-tip');
      expect(await tip.isVisible()).toBe(true);
      expect((await tip.innerText()).length).toBeGreaterThan(40);
      await screenshot(page, 'portable-file-article-dark');

      await page.keyboard.press('/');
      await page.keyboard.type('product owner');
      const first = page.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
      await first.waitFor();
      expect(await first.locator('.gk-search-title').innerText()).toMatch(/product owner/i);
      await screenshot(page, 'portable-file-search');
      const target = await first.getAttribute('href');
      expect(target).toMatch(/^file:\/\/.*\/index\.html$/);
      await page.keyboard.press('Enter');
      await page.waitForURL(target!);
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await styled(page)).toBe(true);

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('opens the chapters menu on a phone and leads to a chapter', async () => {
    const { context, page, problems } = await openPage(MOBILE);
    try {
      await page.goto(fileUrl(pmGuide, ARTICLE));
      await page.getByRole('button', { name: 'Chapters', exact: true }).click();
      const drawer = page.getByRole('navigation', { name: 'Chapters' });
      await drawer.getByRole('link', { name: '1. What Is Product Management?' }).click();
      await page.waitForURL(fileUrl(pmGuide, 'what-is-product-management/index.html'));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the portable field-guide', () => {
  it('changes language with the picker, from file://', async () => {
    const { context, page, problems } = await openPage();
    try {
      await page.goto(fileUrl(fieldGuide, 'fr/getting-started/index.html'));
      await page.locator('.gk-lang summary').click();
      await page.getByRole('list', { name: 'Langue' }).getByRole('link', { name: 'English' }).click();
      await page.waitForURL(fileUrl(fieldGuide, 'getting-started/index.html'));
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await styled(page)).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('works from a folder of a server it was not built for', async () => {
    const server = await serveStatic(fieldGuide, '/somewhere/deep/');
    const { context, page, problems } = await openPage();
    try {
      await page.goto(`${server.origin}/somewhere/deep/index.html`);
      expect(await styled(page)).toBe(true);
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').nth(1).click();
      await page.waitForURL(/\/somewhere\/deep\/.+\/index\.html$/);
      await page.keyboard.press('/');
      await page.keyboard.type('notes');
      await page.getByRole('listbox', { name: 'Results' }).getByRole('option').first().waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
