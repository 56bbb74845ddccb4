import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.js';

const bin = fileURLToPath(new URL('../../cli/bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-reload-'));
const root = path.join(temp, 'guide');
const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} of a long article that needs scrolling.`).join('\n\n');

let child: ChildProcess;
let browser: Browser;
let url: string;

beforeAll(async () => {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nWelcome.\n');
  fs.writeFileSync(path.join(root, '01-long.md'), `# Long\n\n${paragraphs}\n`);
  child = spawn(process.execPath, [bin, 'watch', root, '--out', path.join(temp, 'out')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  for (let i = 0; i < 500 && !/serving (\S+)/.test(output); i++) await new Promise((r) => setTimeout(r, 20));
  url = /serving (\S+)/.exec(output)![1]!;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  child.kill('SIGINT');
  await new Promise((r) => child.once('exit', r));
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('guidekit watch in the browser', () => {
  it('reloads the open page after an edit, keeping its scroll position, and shows errors over it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${url}long/`);
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.evaluate(() => window.scrollTo(0, 900));
    // Give the page's event stream time to connect before editing.
    await page.waitForTimeout(300);

    const reloaded = page.waitForEvent('load');
    fs.appendFileSync(path.join(root, '01-long.md'), '\nA sentence added while the page was open.\n');
    await reloaded;
    await expect.poll(() => page.locator('text=A sentence added while the page was open.').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(800);

    fs.writeFileSync(path.join(root, '02-broken.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const overlay = page.locator('#guidekit-error-overlay');
    await expect.poll(() => overlay.count()).toBe(1);
    expect(await overlay.textContent()).toContain('02-broken.md:');
    fs.rmSync(path.join(root, '02-broken.md'));
    await expect.poll(() => overlay.count()).toBe(0);
    await page.close();
  });
});
