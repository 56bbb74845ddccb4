import path from 'node:path';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { isInside } from '../../support/is-inside.js';

/** A chapter's text with mdBook's `{{#…}}` links done, and what they read. */
export interface ExpandedChapter {
  text: string;
  /** The files included, absolute: the chapter is read again when one of them changes. */
  includes: string[];
  /** The title `{{#title …}}` gives the page. */
  title?: string;
}

/** Reads a file to include; undefined when it cannot be read. */
export type ReadInclude = (absolute: string) => string | undefined;

const LINK = /\\\{\{#[^}]*\}\}|\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+?)\s*\}\}/g;
const ANCHOR_START = /ANCHOR:\s*([\w_-]+)/;
const ANCHOR_END = /ANCHOR_END:\s*([\w_-]+)/;
/** mdBook follows includes this deep, then leaves the link as written. */
const MAX_DEPTH = 10;

/**
 * Does what mdBook's `links` preprocessor does to a chapter (`file`, relative to the content
 * folder; `absolute` on disk): `{{#include path}}` with an optional `:anchor` or `:start:end` lines,
 * `{{#rustdoc_include …}}` (the lines not asked for kept as hidden `# ` lines), `{{#playground path
 * attrs}}` as a Rust code block, `{{#title …}}`, and `\{{#…}}` as the text after the backslash.
 * Paths are relative to the chapter; files outside the book's folder are not read.
 */
export function expandBookLinks(text: string, file: string, absolute: string, bookRoot: string, read: ReadInclude, diagnostics: DiagnosticBag): ExpandedChapter {
  const result: ExpandedChapter = { text: '', includes: [] };
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const expand = (source: string, from: string, depth: number, topOffset?: number): string =>
    source.replace(LINK, (match: string, kind: string | undefined, args: string | undefined, offset: number) => {
      if (!kind) return match.slice(1);
      const at = { file, line: lineOf(topOffset ?? offset), column: 1 };
      if (kind === 'title') {
        if (depth === 0) result.title = args!.trim();
        return '';
      }
      if (kind !== 'include' && kind !== 'rustdoc_include' && kind !== 'playground') return match;
      if (depth >= MAX_DEPTH) return match;
      const [target = '', ...rest] = args!.trim().split(/\s+/);
      const [relative = '', ...selector] = kind === 'playground' ? [target] : target.split(':');
      const included = path.resolve(path.dirname(from), relative);
      const content = isInside(bookRoot, included) ? read(included) : undefined;
      if (content === undefined) {
        diagnostics.warn('include', `included file not found: ${relative}`, at, isInside(bookRoot, included) ? undefined : 'files outside the book\'s folder are not included');
        return match;
      }
      result.includes.push(included);
      const nested = expand(content, included, depth + 1, topOffset ?? offset);
      if (kind === 'playground') return `\`\`\`rust${rest.length ? `,${rest.join(',')}` : ''}\n${nested.replace(/\n$/, '')}\n\`\`\``;
      const picked = pickLines(nested, selector, kind === 'rustdoc_include');
      if (picked === undefined) {
        diagnostics.warn('include', `anchor "${selector[0]}" not found in ${relative}`, at, 'mark the lines with `ANCHOR: name` and `ANCHOR_END: name` comments');
        return match;
      }
      return picked;
    });
  result.text = hideRustLines(expand(text, absolute, 0));
  return result;
}

/**
 * The lines a selector asks for: `[]` all, `['2']` line 2, `['2', '']` from 2, `['', '10']` up to
 * 10, `['2', '10']`, or `['name']` between `ANCHOR: name` and `ANCHOR_END: name` (anchor lines
 * dropped). For a rustdoc include the other lines are kept, hidden. Undefined when the anchor is missing.
 */
function pickLines(content: string, selector: string[], hideRest: boolean): string | undefined {
  const lines = content.replace(/\n$/, '').split('\n');
  const [first, second] = selector;
  if (first !== undefined && first !== '' && !/^\d+$/.test(first)) return pickAnchor(lines, first, hideRest);
  const start = first ? Number(first) - 1 : 0;
  const end = second === undefined ? (first ? start + 1 : lines.length) : second === '' ? lines.length : Number(second);
  if (!hideRest) return lines.slice(start, end).join('\n');
  return lines.map((line, i) => (i >= start && i < end ? line : `# ${line}`)).join('\n');
}

function pickAnchor(lines: string[], name: string, hideRest: boolean): string | undefined {
  const out: string[] = [];
  let inside = false;
  let found = false;
  for (const line of lines) {
    const start = ANCHOR_START.exec(line);
    const end = ANCHOR_END.exec(line);
    if (start?.[1] === name) {
      inside = found = true;
      continue;
    }
    if (end?.[1] === name) {
      inside = false;
      continue;
    }
    if (start || end) continue;
    if (inside) out.push(line);
    else if (hideRest) out.push(`# ${line}`);
  }
  return found ? (hideRest ? out : dedent(out)).join('\n') : undefined;
}

/** Anchored lines lose the indentation they share, as mdBook does. */
function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(common));
}

const FENCE = /^( {0,3})(`{3,}|~{3,})[ \t]*([^`\n]*)$/;
const HIDDEN = /^\s*#(?: |$)/;

/**
 * Rust code blocks as mdBook shows them: lines starting with `# ` (hidden lines, the boilerplate
 * that makes an example compile) are left out, `##` is a `#`, and the block's attributes
 * (`rust,ignore`, `rust,editable`) are dropped from its language.
 */
export function hideRustLines(text: string): string {
  const out: string[] = [];
  let fence: { marker: string; rust: boolean } | undefined;
  for (const line of text.split('\n')) {
    const match = FENCE.exec(line);
    if (!fence) {
      if (match) {
        const lang = match[3]!.trim().split(/[\s,{]/)[0]!;
        const rust = lang === 'rust';
        fence = { marker: match[2]!, rust };
        out.push(rust ? `${match[1]}${match[2]}rust` : line);
      } else {
        out.push(line);
      }
      continue;
    }
    if (match && match[2]!.startsWith(fence.marker[0]!) && match[2]!.length >= fence.marker.length && !match[3]!.trim()) {
      fence = undefined;
      out.push(line);
      continue;
    }
    if (fence.rust && HIDDEN.test(line)) continue;
    out.push(fence.rust ? line.replace(/^(\s*)##/, '$1#') : line);
  }
  return out.join('\n');
}
