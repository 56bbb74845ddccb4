import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './support/axe.js';
import { DESKTOP, MOBILE, screenshot } from './support/browser.js';
import { openSite, type TestSite } from './support/site.js';

// The components a page writes as directives, in examples/release-guide: tabs by keyboard and
// synced by label, the page without JavaScript, and axe over it.

const PAGE = 'preparing-a-release/';

let site: TestSite;
beforeAll(async () => {
  site = await openSite('release-guide', '/');
});
afterAll(() => site?.close());

describe('tabs', () => {
  it('follow the ARIA tabs pattern: arrow keys, Home and End move and choose, one tab stop per set', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(site.url(PAGE));
    const list = page.getByRole('tablist').first();
    const tabs = list.getByRole('tab');
    expect(await tabs.allTextContents()).toEqual(['npm', 'pnpm', 'Yarn']);
    expect(await tabs.evaluateAll((els) => els.map((el) => (el as HTMLElement).tabIndex))).toEqual([0, -1, -1]);
    const visiblePanel = async () => (await page.locator('.gk-tabs').first().getByRole('tabpanel').filter({ visible: true }).locator('pre').innerText()).trim();
    expect(await visiblePanel()).toBe('npm install --global @larkspur/release');

    await tabs.nth(0).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('pnpm');
    expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await visiblePanel()).toBe('pnpm add --global @larkspur/release');
    await page.keyboard.press('End');
    expect(await visiblePanel()).toBe('yarn global add @larkspur/release');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('npm');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
    // Tab leaves the tab list for the panel.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
    await screenshot(page, 'components-tabs', true);
    await context.close();
  });

  it('choose the same label in every tab set of the page', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(site.url(PAGE));
    const install = page.getByRole('tablist').nth(0);
    const check = page.getByRole('tablist').nth(2);
    expect(await check.getByRole('tab').allTextContents()).toEqual(['npm', 'pnpm', 'Yarn']);
    await install.getByRole('tab', { name: 'Yarn' }).click();
    expect(await check.getByRole('tab', { name: 'Yarn' }).getAttribute('aria-selected')).toBe('true');
    // A set without that label (the code group) keeps its choice.
    expect(await page.getByRole('tablist').nth(1).getByRole('tab', { name: 'release.config.js' }).getAttribute('aria-selected')).toBe('true');
    await context.close();
  });
});

it('without JavaScript, shows every tab as a labelled section and every component readable', async () => {
  const context = await site.browser.newContext({ viewport: MOBILE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url(PAGE));
  expect(await page.getByRole('tablist').count()).toBe(0);
  expect(await page.locator('.gk-tabs').first().locator('.gk-tab-label').allInnerTexts()).toEqual(['npm', 'pnpm', 'Yarn']);
  for (const text of ['yarn global add @larkspur/release', 'release.json', 'Rollback first, investigate second', 'Why two weeks']) {
    expect(await page.getByText(text, { exact: false }).first().isVisible(), text).toBe(true);
  }
  // Details open and close without script.
  await page.getByText('How a rollback works').click();
  expect(await page.getByText('The pipeline keeps the last three releases', { exact: false }).isVisible()).toBe(true);
  // The page is no wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(MOBILE.width);
  await screenshot(page, 'components-no-js', true);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  it(`has no axe violations, ${colorScheme}, with the tabs built and the details open`, async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, colorScheme });
    const page = await context.newPage();
    await page.goto(site.url(PAGE));
    await page.getByRole('tablist').first().waitFor();
    await page.getByText('How a rollback works').click();
    expect(await runAxe(page)).toEqual([]);
    await screenshot(page, `components-${colorScheme}`, true);
    await context.close();
  });
}
