import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';
import type { InlineMath, Math } from 'mdast-util-math';

/** The token of a `$$` block: `content` is the TeX, `info` what follows the opening `$$`. */
export const MATH_BLOCK = 'math_block';
/** The token of `$…$` or `$$…$$` inside a paragraph: `content` is the TeX. */
export const MATH_INLINE = 'math_inline';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

/**
 * Math with dollars, read as `remark-math` reads it into `math` and `inlineMath` nodes, with one
 * difference that keeps prices prose: a single `$` opens math only before a non-space, and the next
 * `$` closes it only after a non-space and not before a digit, as Pandoc reads it, so "$5 and
 * $10" is text (remark-math would make ` and ` math of it; `remarkDollarMath` gives remark's parser
 * the same rule). `$$…$$` inside a paragraph is inline
 * math; `$$` alone on a line (with an optional meta after it) opens a block up to the next line of
 * two or more dollars, or the end of its container.
 */
export function markdownItMath(md: MarkdownIt): void {
  md.block.ruler.before('fence', MATH_BLOCK, mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.after('escape', MATH_INLINE, mathInline);
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  let pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  const max = state.eMarks[startLine]!;
  // Indented code, not math.
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = pos;
  while (pos < max && state.src.charCodeAt(pos) === DOLLAR) pos++;
  const fence = pos - start;
  const meta = state.src.slice(pos, max).trim();
  if (fence < 2 || meta.includes('$')) return false;
  if (silent) return true;
  let next = startLine;
  let closed = false;
  while (++next < endLine) {
    const from = state.bMarks[next]! + state.tShift[next]!;
    const to = state.eMarks[next]!;
    // A line less indented than the container ends it (a list item's math ends with the item).
    if (from < to && state.sCount[next]! < state.blkIndent) break;
    if (state.sCount[next]! - state.blkIndent < 4) {
      let end = from;
      while (end < to && state.src.charCodeAt(end) === DOLLAR) end++;
      if (end - from >= fence && state.skipSpaces(end) >= to) {
        closed = true;
        break;
      }
    }
  }
  const token = state.push(MATH_BLOCK, 'math', 0);
  token.info = meta;
  token.content = state.getLines(startLine + 1, next, state.sCount[startLine]!, false);
  token.map = [startLine, closed ? next + 1 : next];
  token.markup = '$'.repeat(fence);
  state.line = closed ? next + 1 : next;
  return true;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const { src, pos, posMax } = state;
  if (src.charCodeAt(pos) !== DOLLAR) return false;
  let open = pos;
  while (open < posMax && src.charCodeAt(open) === DOLLAR) open++;
  const size = open - pos;
  const close = size === 1 ? closingDollar(src, open, posMax) : closingRun(src, open, posMax, size);
  if (close === -1) {
    // The whole run is text: its dollars open nothing.
    if (!silent) state.pending += src.slice(pos, open);
    state.pos = open;
    return true;
  }
  if (!silent) {
    const token = state.push(MATH_INLINE, 'math', 0);
    token.markup = '$'.repeat(size);
    token.content = trimPadding(src.slice(open, close));
  }
  state.pos = close + size;
  return true;
}

/**
 * Where a single `$` opened before `from` closes, or -1. TeX holds no bare `$`, so the next single
 * one closes the math, and only if it follows a non-space and comes before no digit (Pandoc's rule):
 * in "$5 and $10" the second `$` closes nothing, and neither opens math.
 */
function closingDollar(src: string, from: number, max: number): number {
  if (from >= max || isSpace(src.charCodeAt(from))) return -1;
  for (let at = from; at < max; at++) {
    const code = src.charCodeAt(at);
    if (code === BACKSLASH) at++;
    else if (code === DOLLAR) {
      // A run of dollars is part of the math, as remark-math reads it.
      if (src.charCodeAt(at + 1) === DOLLAR) {
        while (src.charCodeAt(at + 1) === DOLLAR) at++;
        continue;
      }
      return !isSpace(src.charCodeAt(at - 1)) && !isDigit(src.charCodeAt(at + 1)) ? at : -1;
    }
  }
  return -1;
}

/** Where a run of `size` dollars (two or more) closes: the next run of exactly that many, or -1. */
function closingRun(src: string, from: number, max: number, size: number): number {
  for (let at = from; at < max; ) {
    if (src.charCodeAt(at) !== DOLLAR) {
      at++;
      continue;
    }
    const run = at;
    while (at < max && src.charCodeAt(at) === DOLLAR) at++;
    if (at - run === size) return run;
  }
  return -1;
}

/** As in a code span: one space (or line ending) each side is padding when both sides have one and there is more. */
function trimPadding(value: string): string {
  const padded = value.length > 2 && /^[ \n]/.test(value) && /[ \n]$/.test(value) && /[^ \n]/.test(value);
  return padded ? value.slice(1, -1) : value;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || Number.isNaN(code);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** The `math` node remark-math makes of a `$$` block, with the hast remark-rehype turns it into. */
export function mathNode(value: string, meta: string | null): Math {
  const code = { type: 'element' as const, tagName: 'code', properties: { className: ['language-math', 'math-display'] }, children: [{ type: 'text' as const, value }] };
  return { type: 'math', meta, value, data: { hName: 'pre', hChildren: [code] } };
}

/** The `inlineMath` node remark-math makes of `$…$`. */
export function inlineMathNode(value: string): InlineMath {
  return { type: 'inlineMath', value, data: { hName: 'code', hProperties: { className: ['language-math', 'math-inline'] }, hChildren: [{ type: 'text', value }] } };
}
