import type { Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { pageData, type SourcePlace } from './page-data.js';

/** What is not prose: code, and what is not text at all. */
const SKIP = new Set(['code', 'kbd', 'math', 'pre', 'samp', 'script', 'style', 'svg']);

/**
 * An abbreviation: a word of 2 to 6 capital letters and digits with at least two letters
 * (`OKR`, `B2B`), maybe with a plural `s` (`KPIs`).
 */
const ABBREVIATION = /(?<![\p{L}\p{N}_])((?=(?:[A-Z\d]*[A-Z]){2})[A-Z][A-Z\d]{1,5})s?(?![\p{L}\p{N}_])/gu;

/**
 * Keeps the abbreviations a page's text uses, each where first written, so `guidekit check` can
 * name those the glossary does not define. Code is not text here. Text has no place of its own
 * in the tree: an abbreviation is looked for in the source from its block's start.
 */
export function rehypeAbbreviations() {
  return (tree: Root, file: VFile): void => {
    const found = pageData(file).abbreviations;
    const source = String(file.value);
    const visit = (nodes: RootContent[], from: number) => {
      for (const node of nodes) {
        if (node.type === 'element' && !SKIP.has(node.tagName)) visit(node.children, node.position?.start.offset ?? from);
        else if (node.type === 'text') {
          for (const match of node.value.matchAll(ABBREVIATION)) {
            if (!found.has(match[1]!)) found.set(match[1]!, placeOf(source, match[0], node.position?.start.offset ?? from));
          }
        }
      }
    };
    visit(tree.children, 0);
  };
}

/** Line and column of the first `word` (a whole word) in `source` at or after `from`. */
function placeOf(source: string, word: string, from: number): SourcePlace {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])${word}(?![\\p{L}\\p{N}_])`, 'gu');
  pattern.lastIndex = from;
  const offset = pattern.exec(source)?.index;
  if (offset === undefined) return {};
  const before = source.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
