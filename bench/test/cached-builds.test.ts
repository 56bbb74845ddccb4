import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from '@guidekit/core';
import { generateCorpus } from '../generate.mjs';

// Enough pages that the markdown is rendered by worker threads, as in real builds.
const PAGES = 120;

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-cache-test-'));
const corpus = path.join(temp, 'corpus');
const cached = path.join(temp, 'cached');
const previousCacheHome = process.env.XDG_CACHE_HOME;

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full, 'base64'));
  }
  return files;
}

async function clean(name: string): Promise<Map<string, string>> {
  const out = path.join(temp, name);
  const report = await build({ root: corpus, outDir: out, cache: false });
  expect(report.ok).toBe(true);
  return snapshot(out);
}

const cachedBuild = (): Promise<BuildReport> => build({ root: corpus, outDir: cached });

/** The files where a build that followed earlier ones differs from a clean build: apart from the redirects of moved or removed pages. */
const REDIRECT_LISTS = new Set(['_redirects', 'nginx-redirects.conf', 'guidekit-urls.json']);
function differences(actual: Map<string, string>, expected: Map<string, string>): string[] {
  const isRedirectPage = (file: string) => !expected.has(file) && Buffer.from(actual.get(file)!, 'base64').toString().includes('http-equiv="refresh"');
  return [...new Set([...actual.keys(), ...expected.keys()])].filter((f) => !REDIRECT_LISTS.has(f) && !isRedirectPage(f) && actual.get(f) !== expected.get(f));
}

beforeAll(() => {
  // The corpus has no node_modules: its cache goes to the user's cache folder, here a temporary one.
  process.env.XDG_CACHE_HOME = path.join(temp, 'cache-home');
  generateCorpus({ outDir: corpus, pages: PAGES, seed: 3 });
});
afterAll(() => {
  if (previousCacheHome === undefined) delete process.env.XDG_CACHE_HOME;
  else process.env.XDG_CACHE_HOME = previousCacheHome;
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('cached and incremental builds', () => {
  it('a cold build with the cache equals a build without it, byte for byte', async () => {
    const first = await cachedBuild();
    expect(first).toMatchObject({ ok: true, renderedMarkdown: PAGES });
    expect(snapshot(cached)).toEqual(await clean('clean-1'));
  });

  it('a rerun with nothing changed renders and writes nothing', async () => {
    const again = await cachedBuild();
    expect(again).toMatchObject({ ok: true, renderedMarkdown: 0, renderedPages: 0, written: [], removed: [] });
    expect(snapshot(cached)).toEqual(await clean('clean-2'));
  });

  it('a rerun after edits renders what changed and equals a clean build', async () => {
    const chapter = fs.readdirSync(corpus).find((f) => /^\d+-/.test(f) && fs.statSync(path.join(corpus, f)).isDirectory())!;
    const topics = fs.readdirSync(path.join(corpus, chapter)).filter((f) => f !== 'index.md').sort();
    fs.appendFileSync(path.join(corpus, chapter, topics[0]!), '\nOne more sentence for the benchmark.\n');
    fs.rmSync(path.join(corpus, chapter, topics[1]!));
    const report = await cachedBuild();
    expect(report.ok).toBe(true);
    expect(report.renderedMarkdown).toBeLessThan(10);
    // The removed page's address now leads to its chapter.
    const slug = (name: string) => name.replace(/^\d+-/, '').replace(/\.md$/, '');
    const redirect = fs.readFileSync(path.join(cached, slug(chapter), slug(topics[1]!), 'index.html'), 'utf8');
    expect(redirect).toContain('http-equiv="refresh"');
    expect(redirect).toContain(`/${slug(chapter)}/`);
    expect(differences(snapshot(cached), await clean('clean-3'))).toEqual([]);
  });

  it('rewrites an output file removed by hand even though nothing changed', async () => {
    fs.rmSync(path.join(cached, 'index.html'));
    const report = await cachedBuild();
    expect(report.written).toEqual(['index.html']);
    expect(differences(snapshot(cached), await clean('clean-4'))).toEqual([]);
  });
});
