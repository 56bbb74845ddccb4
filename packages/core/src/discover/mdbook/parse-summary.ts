import path from 'node:path';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { plainText } from '../plain-text.js';

/** A chapter of an mdBook's `SUMMARY.md`. */
export interface SummaryChapter {
  kind: 'chapter';
  /** The name the summary gives it, as plain text. */
  name: string;
  /** Its file, relative to the book's source folder; absent for a draft chapter (`[Title]()`). */
  file?: string;
  /** Its number (`[2, 1]` for 2.1) when it is in the numbered part of the book; prefix and suffix chapters have none. */
  number?: number[];
  children: SummaryChapter[];
  /** Its line in `SUMMARY.md`. */
  line: number;
}

/** A part title (`# Part II`) and the numbered chapters below it. */
export interface SummaryPart {
  kind: 'part';
  name: string;
  children: SummaryChapter[];
  line: number;
}

/** A book's order, as its `SUMMARY.md` gives it: prefix chapters, numbered chapters (perhaps in parts), suffix chapters. */
export type SummaryEntry = SummaryChapter | SummaryPart;

const HEADING = /^#{1,6}[ \t]+(.*?)[ \t#]*$/;
const ITEM = /^([ \t]*)[-*+][ \t]+(.*)$/;
const LINK = /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^)>]*?)>?\s*\)\s*$/;
const SEPARATOR = /^(?:-{3,}|\*{3,}|_{3,})[ \t]*$/;

/**
 * Reads an mdBook's `SUMMARY.md` (`file`, relative to the content folder, for messages) as the
 * book's order and nesting, as mdBook does: its first heading is the summary's title; links
 * before the first list are prefix chapters and those after it suffix chapters, both unnumbered;
 * list items are numbered chapters, nested by indentation; later headings are part titles;
 * separators (`---`) only part the sidebar in mdBook and are passed over here.
 */
export function parseSummary(text: string, file: string, diagnostics: DiagnosticBag): SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  const counters: number[] = [];
  /** Open list items by indentation, the outermost first. */
  let open: { indent: number; chapter: SummaryChapter }[] = [];
  let part: SummaryPart | undefined;
  let numbered = false;
  let titled = false;
  let inComment = false;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (inComment || raw.trimStart().startsWith('<!--')) {
      inComment = !raw.includes('-->');
      return;
    }
    const trimmed = raw.trim();
    if (!trimmed || SEPARATOR.test(trimmed)) return;
    const heading = HEADING.exec(trimmed);
    if (heading) {
      if (!titled && entries.length === 0 && !numbered) {
        titled = true;
        return;
      }
      part = { kind: 'part', name: plainText(heading[1]!), children: [], line };
      entries.push(part);
      open = [];
      return;
    }
    const item = ITEM.exec(raw);
    const link = LINK.exec(item ? item[2]!.trim() : trimmed);
    if (!link) {
      diagnostics.warn('summary', `not a chapter link: ${JSON.stringify(trimmed.slice(0, 60))}`, { file, line, column: 1 }, 'write chapters as `- [Title](file.md)`');
      return;
    }
    const chapter: SummaryChapter = { kind: 'chapter', name: plainText(link[1]!.replace(/\\([[\]])/g, '$1')), children: [], line };
    const target = link[2]!.trim();
    if (target) chapter.file = chapterFile(target);
    if (!item) {
      // A plain link: a prefix chapter before the numbered ones, a suffix chapter after them.
      open = [];
      entries.push(chapter);
      return;
    }
    numbered = true;
    const indent = item[1]!.replace(/\t/g, '    ').length;
    while (open.length && open[open.length - 1]!.indent >= indent) open.pop();
    const depth = open.length;
    counters.length = depth + 1;
    counters[depth] = (counters[depth] ?? 0) + 1;
    chapter.number = counters.slice(0, depth + 1);
    const parent = open[open.length - 1]?.chapter;
    (parent ? parent.children : part ? part.children : entries).push(chapter);
    open.push({ indent, chapter });
  });
  return entries;
}

/** A summary link's file, as a path below the book's source folder (`./intro.md` → `intro.md`). */
function chapterFile(target: string): string {
  let decoded = target.replace(/#.*$/, '');
  try {
    decoded = decodeURI(decoded);
  } catch {
    // Left as written: the chapter is reported missing under the name the summary gives.
  }
  return path.posix.normalize(decoded).replace(/^\.\//, '');
}
