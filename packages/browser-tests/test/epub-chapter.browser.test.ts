import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { build } from '@guidekit/core';
import { DESKTOP, launchBrowser, screenshot } from './support/browser.js';

// The example's EPUB, its chapters opened as the XHTML files they are: what a reading system built
// on a browser engine shows.

const EXAMPLE = fileURLToPath(new URL('../../../examples/pm-guide/', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-epub-'));
let browser: Browser;
let chapterOf: (title: string) => string;

beforeAll(async () => {
  const report = await build({ root: EXAMPLE, outDir: path.join(temp, 'site'), epub: true, cache: false });
  expect(report.ok).toBe(true);
  const book = path.join(temp, 'book');
  for (const [name, bytes] of Object.entries(unzipSync(fs.readFileSync(path.join(temp, 'site', 'the-product-management-guide.epub'))))) {
    fs.mkdirSync(path.dirname(path.join(book, name)), { recursive: true });
    fs.writeFileSync(path.join(book, name), bytes);
  }
  const nav = fs.readFileSync(path.join(book, 'OEBPS/nav.xhtml'), 'utf8');
  chapterOf = (title) => pathToFileURL(path.join(book, 'OEBPS', /href="([^"]+)">([^<]+)</.exec(nav.slice(nav.indexOf(`">${title}<`) - 40))![1]!)).href;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

it('shows a chapter with its formula as MathML, its diagram’s source and dark code on white', async () => {
  const page = await browser.newPage({ viewport: { width: 720, height: 1000 } });
  await page.goto(chapterOf('11. Product Management Metrics and KPIs Explained'));
  const formula = page.locator('math[display="block"]');
  // Laid out as a formula: the sum and the fraction stand taller than a line of text.
  const line = (await page.locator('p').first().evaluate((p) => parseFloat(getComputedStyle(p).lineHeight)));
  expect((await formula.boundingBox())!.height).toBeGreaterThan(line);
  expect(await page.locator('pre.mermaid').textContent()).toContain('A[Acquisition] --> B[Activation]');
  await formula.scrollIntoViewIfNeeded();
  await screenshot(page, 'epub-chapter-math');

  await page.goto(chapterOf('12. Product Analytics'));
  const colours = await page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    code: getComputedStyle(document.querySelector('pre')!).backgroundColor,
    keyword: getComputedStyle(document.querySelector('.tk-keyword')!).color,
  }));
  // No background of its own: the reader's (white on e-ink); keywords in a dark colour.
  expect(colours).toEqual({ page: 'rgba(0, 0, 0, 0)', code: 'rgba(0, 0, 0, 0)', keyword: 'rgb(140, 16, 24)' });
  await page.locator('pre').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'epub-chapter-code');
  await page.close();
});

it('ends an article with its author block and lists a chapter’s sub-topics', async () => {
  const page = await browser.newPage({ viewport: DESKTOP });
  await page.goto(chapterOf('3. Software Product Manager'));
  expect(await page.locator('.gk-book-topics a').allTextContents()).toContain('3.1 Product Management Team and Roles');
  await page.goto(chapterOf('1. What Is Product Management?'));
  expect(await page.locator('.gk-book-authors h2').textContent()).toBe('About the author');
  expect(await page.locator('section.footnotes li').count()).toBeGreaterThan(0);
  await page.close();
});
