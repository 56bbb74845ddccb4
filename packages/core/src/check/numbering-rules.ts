import path from 'node:path';
import type { PageNode } from '../model/guide.js';
import type { Report, Rule } from './check-input.js';

/** A number prefix as written: its digits and the separator after them. */
const PREFIX = /^(\d+)([-_. ]+)/;

/** One sibling's name and what its number prefix says. */
interface Sibling {
  node: PageNode;
  digits?: string;
  separator?: string;
}

/**
 * `numbering-gap` (numbers that jump: 1, 2, 4) and `numbering-style` (among siblings, some
 * numbered and some not, numbers zero-padded and not, or different separators: `01-`, `2_`).
 */
export const numbering: Rule = ({ guide, content }, report) => {
  // An mdBook's order is its SUMMARY.md: the numbers in its file names order nothing.
  if (content.layout.name === 'mdbook') return;
  for (const parent of guide.pages) {
    // A page with neither file nor folder (a part title) has no name to number.
    const siblings = parent.children.filter((node) => !node.untranslated && (node.dir ?? node.file) !== undefined).map(siblingOf);
    const numbered = siblings.filter((s) => s.digits !== undefined);
    if (numbered.length === 0) continue;
    reportGaps(numbered, report);
    reportStyles(siblings, numbered, report);
  }
};

function siblingOf(node: PageNode): Sibling {
  const name = path.posix.basename(node.dir ?? node.file!);
  const match = PREFIX.exec(name);
  return match ? { node, digits: match[1], separator: match[2] } : { node };
}

/** Where a finding about a sibling's name is shown: its page's file, else its folder. */
function placeOf(node: PageNode) {
  return node.file ? { file: node.file, line: 1, column: 1 } : { file: node.dir };
}

function nameOf(node: PageNode): string {
  return path.posix.basename(node.dir ?? node.file!);
}

function reportGaps(numbered: Sibling[], report: Report): void {
  const sorted = [...numbered].sort((a, b) => Number(a.digits) - Number(b.digits));
  for (let i = 1; i < sorted.length; i++) {
    const before = Number(sorted[i - 1]!.digits);
    const now = Number(sorted[i]!.digits);
    if (now <= before + 1) continue;
    const missing = now === before + 2 ? `${before + 1} is missing` : `${before + 1}–${now - 1} are missing`;
    report('numbering-gap', `numbering jumps from ${before} to ${now} (${missing})`, placeOf(sorted[i]!.node), `renumber ${nameOf(sorted[i]!.node)} and the siblings after it`);
  }
}

function reportStyles(siblings: Sibling[], numbered: Sibling[], report: Report): void {
  for (const sibling of siblings) {
    if (sibling.digits !== undefined) continue;
    report('numbering-style', `${nameOf(sibling.node)} has no number among numbered siblings; it comes after them`, placeOf(sibling.node), 'give it a number, or order it with front matter `order`');
  }
  // Zero-padded to a width when any sibling is: `1-` among `01-`…`12-` is read as another style.
  const width = Math.max(0, ...numbered.filter((s) => s.digits!.startsWith('0')).map((s) => s.digits!.length));
  const separator = mostCommon(numbered.map((s) => s.separator!));
  for (const sibling of numbered) {
    const name = nameOf(sibling.node);
    if (sibling.digits!.length < width) {
      report('numbering-style', `${name} is not zero-padded like its siblings`, placeOf(sibling.node), `rename it ${sibling.digits!.padStart(width, '0')}${name.slice(sibling.digits!.length)}`);
    } else if (sibling.separator !== separator) {
      report('numbering-style', `${name} separates its number with "${sibling.separator}", its siblings with "${separator}"`, placeOf(sibling.node), `rename it ${sibling.digits}${separator}${name.slice(sibling.digits!.length + sibling.separator!.length)}`);
    }
  }
}

/** The most frequent value; on a tie, the first. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}
