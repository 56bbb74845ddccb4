import type { MarkdownIt, StateBlock, Token } from 'markdown-it';
import { FRONT_MATTER_FENCE } from '../../support/front-matter-fence.js';
import { markdownIt, markdownItFootnote } from '../deps.js';
import { MATH_INLINE, markdownItMath } from './markdown-it-math.js';
import { markdownItDirectives, TEXT_OPEN } from './markdown-it-directives.js';

/**
 * Where inline tokens start, as offsets into the `src` of the inline state that made them (the
 * content of their `inline` token): links, images, footnote references and math, whose place
 * diagnostics point at.
 */
export const inlineStarts = new WeakMap<Token, InlineStart>();

/** Where a link, an image or a footnote reference starts in the `src` of the inline state that made it. */
export interface InlineStart {
  src: string;
  offset: number;
  /** A written link's label ends here, at its `]`. */
  labelEnd?: number;
}

/** The token a definition (`[label]: destination "title"`) leaves in the stream. */
export const DEFINITION = 'definition';
/** The token of a leading `---` YAML block. */
export const FRONT_MATTER = 'front_matter';


/**
 * Creates the markdown-it instance that reads guide pages: CommonMark with GitHub's tables,
 * strikethrough, footnotes and `scheme://` / e-mail autolinks, raw HTML, a leading YAML block, math
 * between dollars (`markdownItMath`), directives (`markdownItDirectives`), and two additions the
 * mdast conversion needs: definitions stay in the token stream (markdown-it otherwise drops them
 * once it has resolved references), and links and images note where they start.
 */
export function createMarkdownIt(): MarkdownIt {
  const md = new markdownIt({ html: true, linkify: true });
  gfmAutolinks(md);
  md.use(markdownItFootnote);
  md.use(markdownItMath);
  // GitHub has no inline footnotes (`^[note]`).
  md.inline.ruler.disable('footnote_inline');
  md.block.ruler.before('table', FRONT_MATTER, frontMatter);
  keepDefinitions(md);
  noteInlineStarts(md);
  md.use(markdownItDirectives);
  return md;
}

/** Text without any of these holds no bare URL or e-mail address. */
const MAY_LINK = /:\/\/|@|www\./i;

/** Punctuation GitHub leaves out at the end of a bare URL: `see https://example.com.` */
const TRAILING_PUNCTUATION = /[?!.,:*_~]+$/;

type LinkMatch = NonNullable<ReturnType<MarkdownIt['linkify']['matchAtStart']>>;

/**
 * Bare URLs are linked as GitHub links them: those with a scheme, e-mail addresses and
 * `www.` hosts (a bare `guide.md` is a file name, not a URL), without trailing punctuation or
 * an unbalanced `)`.
 */
function gfmAutolinks(md: MarkdownIt): void {
  const { linkify } = md;
  // Fuzzy matching finds `www.` hosts; the filter below drops the other scheme-less hosts it finds.
  linkify.set({ fuzzyLink: true });
  // linkify's own test is one large regular expression; most text has no URL and skips it.
  const test = linkify.test.bind(linkify);
  linkify.test = (text) => MAY_LINK.test(text) && test(text);
  const match = linkify.match.bind(linkify);
  const matchAtStart = linkify.matchAtStart.bind(linkify);
  linkify.match = (text) => {
    // Never null: markdown-it calls this only after `test()` found a link, and then expects a list.
    return (match(text) ?? []).filter((link) => link.schema || link.raw.toLowerCase().startsWith('www.')).map(trimEnd);
  };
  linkify.matchAtStart = (text) => {
    const found = matchAtStart(text);
    return found && trimEnd(found);
  };
}

function trimEnd(link: LinkMatch): LinkMatch {
  let raw = link.raw;
  for (;;) {
    const trimmed = raw.replace(TRAILING_PUNCTUATION, '');
    const unbalanced = trimmed.endsWith(')') && count(trimmed, ')') > count(trimmed, '(');
    const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
    if (next === raw) break;
    raw = next;
  }
  const cut = link.raw.length - raw.length;
  if (cut === 0) return link;
  return { ...link, raw, text: link.text.slice(0, -cut), url: link.url.slice(0, -cut), lastIndex: link.lastIndex - cut };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** A `---` line at the very start opens the page's YAML, up to the next `---` line. */
function frontMatter(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (startLine !== 0 || state.parentType !== 'root' || !FRONT_MATTER_FENCE.test(lineText(state, 0))) return false;
  let close = 1;
  while (close < endLine && !FRONT_MATTER_FENCE.test(lineText(state, close))) close++;
  if (close >= endLine) return false;
  if (silent) return true;
  const token = state.push(FRONT_MATTER, '', 0);
  token.map = [0, close + 1];
  token.content = close > 1 ? state.src.slice(state.bMarks[1], state.eMarks[close - 1]) : '';
  state.line = close + 1;
  return true;
}

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

/** Wraps the `reference` rule so each definition it reads also leaves a token, with its lines. */
function keepDefinitions(md: MarkdownIt): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: typeof frontMatter }[] }).__rules__;
  const reference = rules.find((rule) => rule.name === 'reference')!.fn;
  md.block.ruler.at('reference', (state, startLine, endLine, silent) => {
    if (!reference(state, startLine, endLine, silent)) return false;
    if (!silent) {
      const token = state.push(DEFINITION, '', 0);
      token.map = [startLine, state.line];
    }
    return true;
  });
}

/** Records where links, images, footnote references and math start: a link's `[`, an image's `!`, an autolink's `<`, math's `$`. */
function noteInlineStarts(md: MarkdownIt): void {
  const Base = md.inline.State;
  md.inline.State = class extends Base {
    override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
      const token = super.push(type, tag, nesting);
      // The link rule pushes with `pos` on the label's first character and `posMax` on its `]`;
      // autolinks push with `pos` on their `<`.
      const written = type === 'link_open' && this.src[this.pos - 1] === '[' && this.src[this.posMax] === ']';
      if (written) inlineStarts.set(token, { src: this.src, offset: this.pos - 1, labelEnd: this.posMax });
      else if (type === 'link_open' || type === 'image' || type === 'footnote_ref' || type === MATH_INLINE || type === TEXT_OPEN) inlineStarts.set(token, { src: this.src, offset: this.pos });
      return token;
    }
  } as typeof Base;
}
