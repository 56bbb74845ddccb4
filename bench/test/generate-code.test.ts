import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_LANGUAGES } from '../code-blocks.mjs';
import { corpusFiles, generateCorpus } from '../generate.mjs';

const PAGES = 60;
const FENCE = /^```([a-z]*)\n([\s\S]*?)\n```$/gm;

describe('bench corpus generator, code profile', () => {
  const { files } = corpusFiles({ pages: PAGES, seed: 4, profile: 'code' });
  const pages = files.filter((f) => f.path.endsWith('.md'));

  it('is deterministic, and differs from the prose corpus of the same seed', () => {
    expect(corpusFiles({ pages: PAGES, seed: 4, profile: 'code' }).files).toEqual(files);
    const prose = corpusFiles({ pages: PAGES, seed: 4 }).files;
    expect(prose.map((f) => f.path)).toEqual(files.map((f) => f.path));
    expect(prose.find((f) => f.path === 'index.md')!.content).not.toBe(files.find((f) => f.path === 'index.md')!.content);
  });

  it('gives every page front matter, headings, prose with inline code, and 10–15 fenced blocks of 5–60 lines', () => {
    expect(pages).toHaveLength(PAGES);
    for (const { path: file, content } of pages) {
      expect(content, file).toMatch(/^---\ntitle: "[^"]+"\ndescription: "[^"]+"\nauthor: [a-z-]+\n---\n/);
      expect(content, file).toMatch(/^## /m);
      const blocks = [...content.matchAll(FENCE)];
      expect(blocks.length, file).toBeGreaterThanOrEqual(10);
      expect(blocks.length, file).toBeLessThanOrEqual(15);
      for (const [, , code] of blocks) {
        const lines = code!.split('\n').length;
        expect(lines, file).toBeGreaterThanOrEqual(5);
        expect(lines, file).toBeLessThanOrEqual(60);
      }
      const prose = content.replace(FENCE, '');
      expect(prose, file).toMatch(/[^`]`[^`\n]+`[^`]/);
      const words = prose.split(/\s+/).filter(Boolean).length;
      expect(words, file).toBeGreaterThan(400);
      expect(words, file).toBeLessThan(700);
    }
  });

  it('uses at least ten languages on every page and all thirteen in the corpus, and some blocks have no language', () => {
    const all = new Map<string, number>();
    for (const { path: file, content } of pages) {
      const langs = new Set([...content.matchAll(FENCE)].map((m) => m[1]!).filter(Boolean));
      expect(langs.size, file).toBeGreaterThanOrEqual(10);
      for (const lang of langs) all.set(lang, (all.get(lang) ?? 0) + 1);
    }
    expect([...all.keys()].sort()).toEqual([...CODE_LANGUAGES].sort());
    expect(CODE_LANGUAGES).toEqual(expect.arrayContaining(['js', 'ts', 'python', 'bash', 'json', 'yaml', 'go', 'rust', 'java', 'html', 'css', 'sql', 'diff']));
    expect(pages.some(({ content }) => /^```\n/m.test(content))).toBe(true);
  });

  it('writes JSON blocks that parse', () => {
    for (const { content } of pages) for (const [, lang, code] of content.matchAll(FENCE)) if (lang === 'json') expect(() => JSON.parse(code!)).not.toThrow();
  });
});

describe('generateCorpus with a profile', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-bench-code-'));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes the files corpusFiles lists', () => {
    const out = path.join(tmp, 'corpus');
    const result = generateCorpus({ outDir: out, pages: 30, seed: 2, profile: 'code' });
    expect(result).toMatchObject({ pages: 30, profile: 'code' });
    for (const file of corpusFiles({ pages: 30, seed: 2, profile: 'code' }).files) expect(fs.readFileSync(path.join(out, file.path), 'utf8')).toBe(file.content);
  });

  it('refuses an unknown profile', () => {
    expect(() => corpusFiles({ pages: 30, profile: 'poetry' as never })).toThrow(/profile must be one of prose, code/);
  });
});
