import type { RenderedMarkdown } from '../../markdown/render-markdown.js';
import type { Guide, PageNode } from '../../model/guide.js';
import { chapterOf } from '../../model/walk-pages.js';

/**
 * The search index of a portable build: one script, `search-index.js`, that the search dialog
 * loads with a `<script>` tag the first time it opens (pagefind fetches its index, which a page
 * read from disk cannot). It holds each page's URL, title, chapter and summary, and an inverted
 * index (each word → the pages that have it) with the code that searches it; it answers as
 * pagefind's `search`, `debouncedSearch` and `filters` do (chapters), so the dialog works with either.
 */
export function renderPortableSearchIndex(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>): string {
  const pages: PortablePage[] = [];
  const postings = new Map<string, number[]>();
  for (const node of guide.pages) {
    if (node.untranslated) continue;
    const id = pages.length;
    pages.push([node.url, node.label, node.kind === 'home' ? '' : (chapterOf(guide, node)?.label ?? ''), node.description]);
    const text = `${node.label} ${node.description} ${bodyText(bodies.get(node)?.html ?? '')}`;
    for (const word of new Set(searchTokens(text))) {
      let ids = postings.get(word);
      if (!ids) postings.set(word, (ids = []));
      ids.push(id);
    }
  }
  const words: Record<string, string> = {};
  for (const word of [...postings.keys()].sort()) words[word] = encodeIds(postings.get(word)!);
  const data: PortableIndex = { pages, words };
  // URLs in the data are relative to this file once written: the searcher resolves them against its own address.
  return `self.guidekitSearch = (${String(createSearcher)})(${JSON.stringify(data)}, document.currentScript.src, ${String(searchTokens)});\n`;
}

/** A page in the index: URL, title, chapter, summary. */
type PortablePage = [url: string, title: string, chapter: string, summary: string];

/** The index's data: its pages, and each word's page numbers (see `encodeIds`). */
interface PortableIndex {
  pages: PortablePage[];
  words: Record<string, string>;
}

/**
 * The words of `text` for searching: lower case, accents dropped, letters and digits only. Chinese
 * and Japanese, written without spaces, are cut into words by `Intl.Segmenter`.
 */
export function searchTokens(text: string): string[] {
  const runs = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  if (!runs.some((run) => unspaced.test(run))) return runs;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return runs.flatMap((run) => (unspaced.test(run) ? [...segmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment) : [run]));
}

/** Ascending page numbers as the gaps between them, in base 36, dot-separated: `0.1.a`. */
function encodeIds(ids: number[]): string {
  return ids.map((id, i) => (id - (i > 0 ? ids[i - 1]! : 0)).toString(36)).join('.');
}

/** The text of a rendered body: tags dropped, character references as spaces. */
function bodyText(html: string): string {
  return html.replace(/<[^>]*>|&[#\w]+;/g, ' ');
}

/** Pagefind's search options, as far as the index follows them: a chapter to search in (each build's index holds one version). */
interface SearchOptions {
  filters?: { chapter?: string };
}

/** A search result as pagefind gives it: its data is read on demand. */
interface PortableResult {
  data(): Promise<{ url: string; meta: { title: string; chapter: string }; excerpt: string }>;
}

/**
 * The searcher the script sets up in the browser, written out with `String()`: it may use only
 * its arguments. Every word of the query matches the words it begins (the last may be half
 * typed); pages that have every word come first by how many match whole and in the title, then
 * in reading order. The excerpt is the page's summary with the words found marked (Chinese and
 * Japanese cut into words as `searchTokens` cuts them).
 */
function createSearcher(data: PortableIndex, scriptUrl: string, tokens: (text: string) => string[]) {
  const vocabulary = Object.keys(data.words);
  const decode = (list: string): number[] => {
    let id = 0;
    return list.split('.').map((gap) => (id += parseInt(gap, 36)));
  };
  const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/u;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const search = async (query: string, options?: SearchOptions): Promise<{ results: PortableResult[] }> => {
    const terms = tokens(query);
    const inChapter = options?.filters?.chapter;
    let scores: Map<number, number> | undefined;
    for (const term of terms) {
      const hits = new Map<number, number>();
      for (const word of vocabulary) {
        if (!word.startsWith(term)) continue;
        for (const id of decode(data.words[word]!)) hits.set(id, Math.max(hits.get(id) ?? 0, word === term ? 2 : 1));
      }
      const before: Map<number, number> = scores ?? hits;
      scores = new Map([...hits].filter(([id]) => before.has(id)).map(([id, score]) => [id, score + (scores ? before.get(id)! : 0)]));
    }
    for (const [id, score] of scores ?? []) {
      const title = tokens(data.pages[id]![1]);
      scores!.set(id, score + 3 * terms.filter((term) => title.some((word) => word.startsWith(term))).length);
    }
    const ranked = [...(scores ?? [])].filter(([id]) => inChapter === undefined || data.pages[id]![2] === inChapter).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const found = (word: string) => terms.some((term) => tokens(word)[0]?.startsWith(term));
    const mark = (text: string) =>
      escape(text).replace(/[\p{L}\p{N}\p{M}]+/gu, (run) =>
        (unspaced.test(run) ? [...segmenter.segment(run)].map((s) => s.segment) : [run]).map((word) => (found(word) ? `<mark>${word}</mark>` : word)).join(''),
      );
    return {
      results: ranked.map(([id]) => {
        const [url, title, chapter, summary] = data.pages[id]!;
        return { data: async () => ({ url: new URL(url, scriptUrl).href, meta: { title, chapter }, excerpt: mark(summary) }) };
      }),
    };
  };
  const chapters: Record<string, number> = {};
  for (const [, , chapter] of data.pages) if (chapter) chapters[chapter] = (chapters[chapter] ?? 0) + 1;
  // As pagefind's: a search superseded by a newer one within `ms` answers null.
  let latest = 0;
  const debouncedSearch = async (query: string, options?: SearchOptions, ms = 0): Promise<{ results: PortableResult[] } | null> => {
    const mine = ++latest;
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
    return mine === latest ? search(query, options) : null;
  };
  return { search, debouncedSearch, filters: async () => ({ chapter: chapters }) };
}
