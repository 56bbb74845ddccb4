import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { openGuide, type TestSite } from './support/site.js';

// A guide large enough for its search index to come in several bundles: the dialog merges them.

const CHAPTERS = 16;
const TOPICS = 20;

let root: string;
let site: TestSite;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-bundles-'));
  fs.writeFileSync(path.join(root, 'index.md'), '# Big guide\n\nMany chapters.\n');
  for (let c = 1; c <= CHAPTERS; c++) {
    const chapter = path.join(root, `${String(c).padStart(2, '0')}-chapter-${c}`);
    fs.mkdirSync(chapter);
    fs.writeFileSync(path.join(chapter, 'index.md'), `# Chapter ${c}\n\nAbout chapter ${c}.\n`);
    for (let t = 1; t <= TOPICS; t++) {
      // One word only the last topic of the first and of the last chapter use.
      const word = t === TOPICS && (c === 1 || c === CHAPTERS) ? ' It mentions a quetzal.' : '';
      fs.writeFileSync(path.join(chapter, `${String(t).padStart(2, '0')}-topic-${t}.md`), `# Topic ${c}.${t}\n\nText of topic ${t}.${word}\n`);
    }
  }
  site = await openGuide(root, '/');
});
afterAll(async () => {
  await site?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

describe('search in a large guide', () => {
  it('finds pages of every bundle of the index', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(site.url(''));
      await page.keyboard.press('/');
      await page.keyboard.type('quetzal');
      const options = page.getByRole('listbox', { name: 'Results' }).getByRole('option');
      await options.nth(1).waitFor();
      const titles = await options.locator('.gk-search-title').allInnerTexts();
      expect(titles.sort()).toEqual(['Topic 1.20', `Topic ${CHAPTERS}.${TOPICS}`]);
      expect(requests.some((url) => url.includes('/pagefind/shards/'))).toBe(true);
    } finally {
      await context.close();
    }
  });
});
