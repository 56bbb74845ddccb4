import type { MarkdownIt, StateBlock, StateInline } from 'markdown-it';

/** What a directive token carries in its `meta`: the directive's name, and its attributes as mdast-util-directive gives them. */
export interface DirectiveMeta {
  name: string;
  attributes: Record<string, string>;
}

/** The tokens of directives: `:::name` containers, `::name` leaves (each with an `inline` token of its label), `:name[…]` in text. */
export const CONTAINER_OPEN = 'container_directive_open';
export const CONTAINER_CLOSE = 'container_directive_close';
export const LEAF_OPEN = 'leaf_directive_open';
export const LEAF_CLOSE = 'leaf_directive_close';
export const TEXT_OPEN = 'text_directive_open';
export const TEXT_CLOSE = 'text_directive_close';

/**
 * A directive's name as micromark-extension-directive reads it: no white space or punctuation but
 * `-` and `_` inside, neither of which may end it.
 */
const NAME = /^[^\s\p{P}\p{S}](?:[^\s\p{P}\p{S}]|[-_])*/u;

/**
 * Directives (remark-directive's syntax) for markdown-it, read as `micromark-extension-directive`
 * reads them, so that `tokensToMdast` gives the nodes remark's parser would
 * (`directives-parse.test.ts` compares the two): a container's closing fence is at least as long as its
 * opening one and closes it even inside content (nest with longer outer fences: `::::tabs`
 * around `:::tab`); a text directive needs a label or attributes (a bare `:word` stays text, as
 * guidekit reads it with either parser).
 */
export function markdownItDirectives(md: MarkdownIt): void {
  decode = md.utils.unescapeAll;
  md.block.ruler.before('fence', 'container_directive', container, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.block.ruler.before('fence', 'leaf_directive', leaf, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.push('text_directive', text);
}

/** A directive's name, `[label]` and `{attributes}` from `at` in `src`, up to `end`; undefined when they do not read. */
function readDirective(src: string, at: number, end: number, inline: boolean): { name: string; label?: [number, number]; attributes: Record<string, string>; end: number } | undefined {
  const name = NAME.exec(src.slice(at, Math.min(end, at + 200)))?.[0];
  if (!name || /[-_]$/.test(name)) return undefined;
  let pos = at + name.length;
  let label: [number, number] | undefined;
  if (src[pos] === '[') {
    const close = labelEnd(src, pos, end, inline);
    if (close !== undefined) {
      label = [pos + 1, close];
      pos = close + 1;
    }
  }
  let attributes: Record<string, string> = {};
  if (src[pos] === '{') {
    const read = readAttributes(src, pos, end, inline);
    if (read) {
      attributes = read.attributes;
      pos = read.end;
    }
  }
  return { name, label, attributes, end: pos };
}

/** The `]` that closes the label opened at `open`: brackets balance, escapes count for nothing; no line ending outside text. */
function labelEnd(src: string, open: number, end: number, inline: boolean): number | undefined {
  let balance = 0;
  for (let pos = open + 1; pos < end && pos - open <= 1000; pos++) {
    const char = src[pos];
    if (char === '\\') pos++;
    else if (char === '\n' && !inline) return undefined;
    else if (char === '[' && ++balance > 32) return undefined;
    else if (char === ']' && balance-- === 0) return pos;
  }
  return undefined;
}

const ATTRIBUTE_NAME = /^[A-Za-z_:][\w.:-]*/;
const SHORTCUT = /^[^\s\p{P}\p{S}](?:[^\s\p{P}\p{S}]|[-_.:])*/u;
const UNQUOTED = /^[^\s"'<=>`}]+/;

/** `{#id .class key=value key="value" key}` from the `{` at `open`. */
function readAttributes(src: string, open: number, end: number, inline: boolean): { attributes: Record<string, string>; end: number } | undefined {
  const attributes: Record<string, string> = {};
  const classes: string[] = [];
  const space = inline ? /^[ \t\n]+/ : /^[ \t]+/;
  let pos = open + 1;
  const rest = () => src.slice(pos, end);
  for (;;) {
    pos += space.exec(rest())?.[0].length ?? 0;
    if (src[pos] === '}') break;
    if (pos >= end) return undefined;
    const marker = src[pos];
    if (marker === '#' || marker === '.') {
      const value = SHORTCUT.exec(src.slice(pos + 1, end))?.[0];
      if (!value) return undefined;
      if (marker === '#') attributes.id = value;
      else classes.push(value);
      pos += 1 + value.length;
    } else {
      const key = ATTRIBUTE_NAME.exec(rest())?.[0];
      if (!key) return undefined;
      pos += key.length;
      let value = '';
      const before = pos;
      pos += space.exec(rest())?.[0].length ?? 0;
      if (src[pos] === '=') {
        pos++;
        pos += space.exec(rest())?.[0].length ?? 0;
        const quote = src[pos];
        if (quote === '"' || quote === "'") {
          const close = src.indexOf(quote, pos + 1);
          if (close === -1 || close >= end || (!inline && src.slice(pos, close).includes('\n'))) return undefined;
          value = src.slice(pos + 1, close);
          pos = close + 1;
        } else {
          const unquoted = UNQUOTED.exec(rest())?.[0];
          if (!unquoted) return undefined;
          value = unquoted;
          pos += unquoted.length;
        }
      } else {
        pos = before;
      }
      attributes[key] = decodeEntities(value);
    }
    // Attributes are separated by white space, or end at `}`.
    if (src[pos] !== '}' && !space.test(rest())) return undefined;
  }
  if (classes.length > 0) attributes.class = classes.join(' ');
  return { attributes, end: pos + 1 };
}

let decode: ((text: string) => string) | undefined;
function decodeEntities(text: string): string {
  return text.includes('&') && decode ? decode(text) : text;
}

function lineStart(state: StateBlock, line: number): number {
  return state.bMarks[line]! + state.tShift[line]!;
}

/** `:::name[label]{attributes}` … `:::`: the content between is read as blocks. */
function container(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = lineStart(state, startLine);
  const max = state.eMarks[startLine]!;
  const { src } = state;
  let pos = start;
  while (src[pos] === ':') pos++;
  const size = pos - start;
  if (size < 3) return false;
  const directive = readDirective(src, pos, max, false);
  if (!directive || src.slice(directive.end, max).trim() !== '') return false;
  if (silent) return true;

  const closing = new RegExp(`^:{${size},}[ \\t]*$`);
  let nextLine = startLine + 1;
  let closed = false;
  for (; nextLine < endLine; nextLine++) {
    const from = lineStart(state, nextLine);
    const to = state.eMarks[nextLine]!;
    // A line indented less than the container's parent (a list item's) ends it, as it ends a fence.
    if (from < to && state.sCount[nextLine]! < state.blkIndent) break;
    if (state.sCount[nextLine]! - state.blkIndent < 4 && closing.test(src.slice(from, to))) {
      closed = true;
      break;
    }
  }

  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = 'container' as typeof state.parentType;
  state.lineMax = nextLine;
  const open = state.push(CONTAINER_OPEN, 'div', 1);
  open.markup = ':'.repeat(size);
  open.block = true;
  open.map = [startLine, closed ? nextLine + 1 : nextLine];
  open.meta = { name: directive.name, attributes: directive.attributes } satisfies DirectiveMeta;
  if (directive.label) {
    const paragraph = state.push('paragraph_open', 'p', 1);
    paragraph.map = [startLine, startLine + 1];
    paragraph.meta = { directiveLabel: true };
    const inline = state.push('inline', '', 0);
    inline.content = src.slice(directive.label[0], directive.label[1]);
    inline.map = [startLine, startLine + 1];
    inline.children = [];
    state.push('paragraph_close', 'p', -1);
  }
  state.md.block.tokenize(state, startLine + 1, nextLine);
  const close = state.push(CONTAINER_CLOSE, 'div', -1);
  close.markup = open.markup;
  close.block = true;
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.line = closed ? nextLine + 1 : nextLine;
  return true;
}

/** `::name[label]{attributes}` alone on its line. */
function leaf(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine]! - state.blkIndent >= 4) return false;
  const start = lineStart(state, startLine);
  const max = state.eMarks[startLine]!;
  const { src } = state;
  if (src[start] !== ':' || src[start + 1] !== ':' || src[start + 2] === ':') return false;
  const directive = readDirective(src, start + 2, max, false);
  if (!directive || src.slice(directive.end, max).trim() !== '') return false;
  if (silent) return true;
  const open = state.push(LEAF_OPEN, 'div', 1);
  open.map = [startLine, startLine + 1];
  open.meta = { name: directive.name, attributes: directive.attributes } satisfies DirectiveMeta;
  const inline = state.push('inline', '', 0);
  inline.content = directive.label ? src.slice(directive.label[0], directive.label[1]) : '';
  inline.map = [startLine, startLine + 1];
  inline.children = [];
  state.push(LEAF_CLOSE, 'div', -1);
  state.line = startLine + 1;
  return true;
}

/** `:name[label]{attributes}` in text; a bare `:name` is left as text. */
function text(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src[pos] !== ':' || src[pos - 1] === ':') return false;
  const directive = readDirective(src, pos + 1, state.posMax, true);
  if (!directive || (!directive.label && src[directive.end - 1] !== '}')) return false;
  if (!silent) {
    const open = state.push(TEXT_OPEN, 'span', 1);
    open.meta = { name: directive.name, attributes: directive.attributes } satisfies DirectiveMeta;
    if (directive.label) {
      const [oldPos, oldMax] = [state.pos, state.posMax];
      state.pos = directive.label[0];
      state.posMax = directive.label[1];
      state.md.inline.tokenize(state);
      state.pos = oldPos;
      state.posMax = oldMax;
    }
    state.push(TEXT_CLOSE, 'span', -1);
  }
  state.pos = directive.end;
  return true;
}
