import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { NodeDraft } from './node-draft.js';

/** How siblings are ordered and numbered: by the number of their names or their `order`, then by title. */

/** A node while its siblings are sorted: its sort key and the name it came from. */
export interface Draft {
  node: NodeDraft;
  /** The number of its file or folder name. */
  number?: number;
  /** What it sorts by: front matter `order`, else the number. */
  orderKey?: number;
  stem: string;
  /** The file or folder the node comes from, for messages. */
  origin: string;
}

export function reportDuplicateNumbers(siblings: Draft[], diagnostics: DiagnosticBag): void {
  const seen = new Map<number, Draft>();
  for (const draft of siblings) {
    if (draft.number === undefined) continue;
    const first = seen.get(draft.number);
    if (!first) {
      seen.set(draft.number, draft);
      continue;
    }
    diagnostics.error(
      'duplicate-number',
      `number ${draft.number} is used twice: ${first.origin} and ${draft.origin}`,
      { file: draft.origin, ...(draft.node.file === draft.origin ? { line: 1, column: 1 } : {}) },
      'give each sibling its own number',
    );
  }
}

/**
 * Numbered (or `order`ed) siblings first by that key, the rest after them by title, or by name
 * where the guide's tool sorted them so (a Docusaurus docs folder).
 */
export function compareDrafts(a: Draft, b: Draft, collator: Intl.Collator, by: 'title' | 'name' = 'title'): number {
  if (a.orderKey !== undefined && b.orderKey !== undefined && a.orderKey !== b.orderKey) return a.orderKey - b.orderKey;
  if ((a.orderKey === undefined) !== (b.orderKey === undefined)) return a.orderKey === undefined ? 1 : -1;
  const key = (d: Draft) => (by === 'name' ? d.stem : d.node.title);
  return collator.compare(key(a), key(b)) || (a.origin < b.origin ? -1 : 1);
}

/**
 * Chapters with a number or an `order` are numbered 1, 2, 3… in their sorted order; gaps close up.
 * The pages below a numbered chapter get their section numbers.
 */
export function numberChapters(chapters: Draft[]): void {
  let next = 1;
  for (const chapter of chapters) {
    if (chapter.orderKey === undefined) continue;
    chapter.node.number = next++;
    chapter.node.label = `${chapter.node.number}. ${chapter.node.label}`;
    numberSections(chapter.node, [chapter.node.number]);
  }
}

/**
 * A numbered chapter's pages are numbered by their place among their siblings: `3.1`, `3.1.2`;
 * the pages below a folder whose page says `numbering: false` are not.
 */
function numberSections(node: NodeDraft, section: number[]): void {
  node.section = section;
  if (!isNumbering(node)) return;
  node.children.forEach((child, i) => numberSections(child, [...section, i + 1]));
}

/** False for a folder whose page's front matter says `numbering: false`. */
export function isNumbering(node: NodeDraft): boolean {
  return node.frontMatter.numbering !== false;
}
