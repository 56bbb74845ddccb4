import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles, generateCorpus } from '../generate.mjs';
import { guideUrl, hugoVersion, setupHugoSite } from '../hugo-site.mjs';

const PAGES = 30;

describe('the Hugo site of the bench', () => {
  let tmp: string;
  let site: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-bench-hugo-'));
    generateCorpus({ outDir: path.join(tmp, 'corpus'), pages: PAGES, seed: 6, profile: 'code' });
    site = setupHugoSite({ corpusDir: path.join(tmp, 'corpus'), siteDir: path.join(tmp, 'site') });
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("gives guidekit's URLs: number prefixes stripped, folder pages at the folder", () => {
    expect(guideUrl('index.md')).toBe('/');
    expect(guideUrl('03-chapter-one/index.md')).toBe('/chapter-one/');
    expect(guideUrl('03-chapter-one/12-a-topic.md')).toBe('/chapter-one/a-topic/');
  });

  it('holds every page of the corpus, folder pages as section pages, with its URL and number', () => {
    const pages = corpusFiles({ pages: PAGES, seed: 6, profile: 'code' }).files.filter((f) => f.path.endsWith('.md'));
    for (const page of pages) {
      const target = page.path.replace(/(^|\/)index\.md$/, '$1_index.md');
      const text = fs.readFileSync(path.join(site, 'content', target), 'utf8');
      expect(text, target).toContain(`\nurl: "${guideUrl(page.path)}"\n`);
      if (page.path !== 'index.md') expect(text, target).toMatch(/\nweight: [1-9]\d*\n---\n/);
      expect(text.replace(/\nurl: .*\n(weight: .*\n)?/, '\n')).toBe(page.content);
    }
    expect(fs.readFileSync(path.join(site, 'data', 'authors.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'corpus', 'authors.yml'), 'utf8'));
  });

  it.skipIf(!hugoVersion())('builds with hugo: every page at its URL, the whole sidebar on each, code highlighted', () => {
    const out = path.join(tmp, 'out');
    const result = spawnSync('hugo', ['--quiet', '--noBuildLock', '--destination', out, '--cacheDir', path.join(tmp, 'cache')], { cwd: site, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const pages = corpusFiles({ pages: PAGES, seed: 6, profile: 'code' }).files.filter((f) => f.path.endsWith('.md'));
    for (const page of pages) {
      const html = fs.readFileSync(path.join(out, guideUrl(page.path), 'index.html'), 'utf8');
      const nav = /<nav class="sidebar"[\s\S]*?<\/nav>/.exec(html)![0];
      expect(nav.match(/<a href="/g), page.path).toHaveLength(PAGES - 1);
      expect(html.match(/aria-current="page"/g)?.length ?? 0, page.path).toBe(page.path === 'index.md' ? 0 : 1);
      expect(html, page.path).toContain('<div class="highlight"><pre tabindex="0" class="chroma">');
    }
  });
});
