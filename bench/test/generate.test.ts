import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../generate.mjs';

const PAGES = 60;

function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), fs.readFileSync(full));
  }
  return files;
}

describe('bench corpus generator', () => {
  let tmp: string;
  let first: Map<string, Buffer>;
  let second: Map<string, Buffer>;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-bench-test-'));
    generateCorpus({ outDir: path.join(tmp, 'a'), pages: PAGES, seed: 7 });
    generateCorpus({ outDir: path.join(tmp, 'b'), pages: PAGES, seed: 7 });
    first = readTree(path.join(tmp, 'a'));
    second = readTree(path.join(tmp, 'b'));
  });

  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is deterministic: the same seed gives byte-identical files', () => {
    expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
    for (const [file, content] of first) expect(content.equals(second.get(file)!), file).toBe(true);
  });

  it('a different seed gives a different corpus', () => {
    const other = generateCorpus({ outDir: path.join(tmp, 'c'), pages: PAGES, seed: 8 });
    expect(other.pages).toBe(PAGES);
    const c = readTree(path.join(tmp, 'c'));
    expect([...c.keys()].sort()).not.toEqual([...first.keys()].sort());
  });

  it('has the requested number of pages in the guide shape', () => {
    const pages = [...first.keys()].filter((f) => f.endsWith('.md'));
    expect(pages).toHaveLength(PAGES);
    expect(first.has('index.md')).toBe(true);
    expect(first.has('authors.yml')).toBe(true);
    const chapters = pages.filter((f) => /^\d+-[a-z0-9-]+\/index\.md$/.test(f));
    const topics = pages.filter((f) => /^\d+-[a-z0-9-]+\/\d+-[a-z0-9-]+\.md$/.test(f));
    expect(1 + chapters.length + topics.length).toBe(PAGES);
    for (const chapter of chapters) {
      const dir = path.posix.dirname(chapter);
      const count = topics.filter((t) => t.startsWith(`${dir}/`)).length;
      expect(count, dir).toBeGreaterThanOrEqual(10);
      expect(count, dir).toBeLessThanOrEqual(20);
    }
  });

  it('gives every page front matter, about 800 words, headings, a list, a table and a js code block', () => {
    const authors = fs.readFileSync(path.join(tmp, 'a', 'authors.yml'), 'utf8');
    const authorIds = [...authors.matchAll(/^([a-z-]+):$/gm)].map((m) => m[1]);
    expect(authorIds).toHaveLength(5);
    for (const [file, content] of first) {
      if (!file.endsWith('.md')) continue;
      const text = content.toString('utf8');
      const fm = /^---\ntitle: "[^"]+"\ndescription: "[^"]+"\nauthor: ([a-z-]+)\n---\n/.exec(text);
      expect(fm, file).not.toBeNull();
      expect(authorIds, file).toContain(fm![1]);
      expect(text, file).toMatch(/^## /m);
      expect(text, file).toMatch(/^### /m);
      expect(text, file).toMatch(/^- /m);
      expect(text, file).toMatch(/^\| --- \|/m);
      expect(text, file).toMatch(/^```js$/m);
      const words = text.replace(/```[\s\S]*?```/g, '').split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThan(700);
      expect(words, file).toBeLessThan(1100);
    }
  });

  it('links each page to 2–3 other pages, and every relative link target exists', () => {
    for (const [file, content] of first) {
      if (!file.endsWith('.md')) continue;
      const links = [...content.toString('utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]);
      const internal = links.filter((href) => !/^[a-z]+:/i.test(href));
      if (file !== 'index.md') {
        expect(internal.length, file).toBeGreaterThanOrEqual(2);
        expect(internal.length, file).toBeLessThanOrEqual(3);
      }
      for (const href of internal) {
        expect(href, file).toMatch(/\.md$/);
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), href));
        expect(target, file).not.toBe(file);
        expect(first.has(target), `${file} → ${href}`).toBe(true);
      }
    }
  });
});
