import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { MarkdownContext } from '../../src/markdown/markdown-context.js';
import { resolveLink } from '../../src/markdown/resolve-link.js';

/** The context of a guide of 50 chapters of 20 pages each. */
function bigGuide(): MarkdownContext {
  const files = new Map<string, { id: string; url: string }>();
  for (let c = 1; c <= 50; c++) {
    for (let p = 1; p <= 20; p++) {
      const file = `${String(c).padStart(2, '0')}-chapter-${c}/${String(p).padStart(2, '0')}-topic-${c}-${p}.md`;
      files.set(file, { id: file, url: `/chapter-${c}/topic-${c}-${p}/` });
    }
  }
  return { base: '/', files, dirs: new Map(), assets: new Set(), images: new Map() };
}

describe('"did you mean" for broken links', () => {
  it('suggests the moved page for 1,000 links to renamed folders in well under a second', () => {
    const context = bigGuide();
    const started = performance.now();
    const suggestions: (string | undefined)[] = [];
    for (let c = 1; c <= 50; c++) {
      for (let p = 1; p <= 20; p++) {
        const target = resolveLink(context, 'index.md', `old-chapter-${c}/topic-${c}-${p}.md`);
        suggestions.push(target.kind === 'missing' ? target.suggestion : 'found');
      }
    }
    const elapsed = performance.now() - started;
    expect(suggestions[0]).toBe('01-chapter-1/01-topic-1-1.md');
    expect(suggestions[999]).toBe('50-chapter-50/20-topic-50-20.md');
    expect(elapsed).toBeLessThan(1000);
  });

  it('suggests the page a misspelt link meant', () => {
    const target = resolveLink(bigGuide(), '01-chapter-1/index.md', '01-topc-1-1.md');
    expect(target).toMatchObject({ kind: 'missing', suggestion: '01-topic-1-1.md' });
  });

  it('suggests the page whose file name is near when the folder is wrong too', () => {
    const target = resolveLink(bigGuide(), 'index.md', 'old-place/topc-7-3.md');
    expect(target).toMatchObject({ kind: 'missing', suggestion: '07-chapter-7/03-topic-7-3.md' });
    expect(resolveLink(bigGuide(), 'index.md', 'old-place/nothing-like-it.md')).toEqual({ kind: 'missing', file: 'old-place/nothing-like-it.md', suggestion: undefined });
  });
});
