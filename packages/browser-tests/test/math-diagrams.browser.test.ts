import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// Math (rendered by KaTeX at build time) and mermaid diagrams (drawn in the browser): the example's
// metrics chapter has both; pages without them load nothing more than before.

const METRICS = 'product-management-metrics-and-kpis-explained/';
const PLAIN = 'product-owner/';

let site: TestSite;
beforeAll(async () => {
  site = await openSite('pm-guide', '/pm/');
});
afterAll(() => site?.close());

/** Opens a page and lists what it requested (path below the base, without `?v=`) and how many bytes came back. */
async function load(page: Page, path: string): Promise<{ requests: string[]; bytes: number; failed: string[] }> {
  const requests: string[] = [];
  const failed: string[] = [];
  const sizes: Promise<number>[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname.replace('/pm/', '')));
  page.on('requestfailed', (request) => failed.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
    sizes.push(response.body().then((b) => b.length, () => 0));
  });
  await page.goto(site.url(path), { waitUntil: 'networkidle' });
  return { requests: requests.sort(), bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0), failed };
}

describe('math and diagrams', () => {
  it('render on the page that has them: KaTeX math with its fonts, and the diagram as an SVG, again in dark mode', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const { requests, bytes, failed } = await load(page, METRICS);
    expect(failed).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining(['_assets/katex/katex.min.css', '_assets/mermaid/mermaid.min.js', '_assets/diagrams.js']));
    expect(requests.some((r) => /^_assets\/katex\/fonts\/KaTeX_Main-Regular\.woff2$/.test(r))).toBe(true);
    const svg = page.locator('.gk-diagram svg');
    await svg.waitFor();
    expect(await svg.locator('text=Activation').count()).toBeGreaterThan(0);
    expect(await page.locator('pre.mermaid').isHidden()).toBe(true);
    const display = page.locator('.katex-display');
    expect(await display.locator('math').count()).toBe(1);
    expect((await display.boundingBox())!.height).toBeGreaterThan(30);
    // The formula's HTML rendering is set in KaTeX's own font.
    expect(await page.evaluate(() => document.fonts.check('16px KaTeX_Main'))).toBe(true);
    await page.locator('.katex-display').scrollIntoViewIfNeeded();
    await screenshot(page, 'math-diagrams-light');
    const light = await svg.innerHTML();
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => page.locator('.gk-diagram svg').innerHTML()).not.toBe(light);
    await page.locator('.gk-diagram').scrollIntoViewIfNeeded();
    await screenshot(page, 'math-diagrams-dark');
    console.log(`${METRICS}: ${requests.length} requests, ${bytes} bytes`);
    await context.close();
  });

  it('show the diagram’s source when JavaScript is off', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(METRICS));
    const source = page.locator('pre.mermaid');
    expect(await source.isVisible()).toBe(true);
    expect(await source.textContent()).toContain('A[Acquisition] --> B[Activation]');
    // Math needs no script: it was rendered when the guide was built.
    expect(await page.locator('.katex-display').isVisible()).toBe(true);
    await context.close();
  });

  it('cost a page without them nothing: it requests only the site’s own files', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const { requests, bytes, failed } = await load(page, PLAIN);
    expect(failed).toEqual([]);
    expect(requests).toEqual([PLAIN, '_assets/glossary.js', '_assets/guidekit.css', '_assets/guidekit.js', '_assets/search.js', 'favicon.svg'].sort());
    console.log(`${PLAIN}: ${requests.length} requests, ${bytes} bytes`);
    await context.close();
  });
});
