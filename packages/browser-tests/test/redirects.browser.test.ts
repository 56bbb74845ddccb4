import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { build } from '@guidekit/core';
import { launchBrowser } from './support/browser.js';
import { serveStatic, type StaticServer } from './support/serve.js';

// A guide in a git repository whose chapter folder and one page are renamed (that page edited
// too, so only git knows where it went) and one page deleted: every URL of the first build still
// leads a reader to the right page, following the redirects the second build left.

const BASE = '/guides/pm/';
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-redirects-'));
const root = path.join(temp, 'guide');
const outDir = path.join(temp, 'out');
let server: StaticServer;
let browser: Browser;

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};
const git = (...args: string[]) => spawnSync('git', ['-C', root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  write('index.md', '# Field Guide\n\nWelcome.\n');
  write('01-basics.md', '# Basics\n\nThe basics of the work, in enough words that git sees a rename after an edit.\n\nMore about them.\n');
  write('02-team/index.md', '# Team\n\nThe team.\n');
  write('02-team/01-roles.md', '# Roles\n\nWho does what.\n');
  write('02-team/02-rituals.md', '# Rituals\n\nWhat the team does each week.\n');
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'first');
  expect((await build({ root, outDir, base: BASE })).ok).toBe(true);

  fs.renameSync(path.join(root, '02-team'), path.join(root, '02-people'));
  fs.rmSync(path.join(root, '02-people/02-rituals.md'));
  git('mv', '01-basics.md', '01-fundamentals.md');
  fs.appendFileSync(path.join(root, '01-fundamentals.md'), '\nAnd one more line.\n');
  git('commit', '-qam', 'rename');
  expect((await build({ root, outDir, base: BASE })).ok).toBe(true);
  server = await serveStatic(outDir, BASE);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('a reader following an old URL', () => {
  it.each([
    ['basics/', 'fundamentals/', 'Basics'],
    ['team/', 'people/', 'Team'],
    ['team/roles/', 'people/roles/', 'Roles'],
    ['team/rituals/', 'people/', 'Team'],
  ])('%s reaches %s', async (from, to, title) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.origin}${BASE}${from}`);
      await page.waitForURL(`${server.origin}${BASE}${to}`);
      expect(await page.locator('h1').first().innerText()).toContain(title);
    } finally {
      await page.close();
    }
  });
});
