import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeText } from './decode-text.js';
import { readFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import { includeTargets, type IncludeTarget } from './read-includes.js';
import { linesOutsideCode } from './lines-outside-code.js';
import { mdxAsMarkdown } from './mdx-text.js';
import { plainText } from './plain-text.js';

/** A markdown file read from disk: its text and front matter, nothing rendered yet. */
export interface SourcePage {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  /** The decoded text (no byte-order mark, LF line endings). */
  text: string;
  frontMatter: ParsedFrontMatter;
  /** The body's own title: its first level-1 heading, else a leading `##` heading (see `firstHeading`). */
  heading?: string;
  /** Plain text of the first paragraph, the fallback description. */
  summary?: string;
  /** The files the page includes (`::include{file=…}`, `::code{file=…}`), content-relative; only when there are some. */
  includes?: IncludeTarget[];
}

/**
 * Decodes one page and reads its front matter; `prepare` turns the text into markdown first (an
 * mdBook chapter's includes). Returns undefined (with a diagnostic) when it is not text.
 */
export function parseSource(file: string, bytes: Uint8Array, diagnostics: DiagnosticBag, prepare?: (text: string) => string): SourcePage | undefined {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    diagnostics.error(
      'encoding',
      `file is not valid UTF-8 (byte 0x${decoded.byte.toString(16).padStart(2, '0')})`,
      { file, ...decoded.at },
      'save the file as UTF-8',
    );
    return undefined;
  }
  const text = prepare ? prepare(decoded.text) : file.endsWith('.mdx') ? mdxAsMarkdown(decoded.text, file, diagnostics) : decoded.text;
  const frontMatter = readFrontMatter(text, file, diagnostics);
  if (text.slice(frontMatter.bodyOffset).trim() === '') {
    diagnostics.warn('empty-page', 'page has no content', { file, line: 1, column: 1 });
  }
  const body = text.slice(frontMatter.bodyOffset);
  const includes = includeTargets(file, text);
  return { file, text, frontMatter, heading: firstHeading(body, frontMatter.data.glossary !== true), summary: firstParagraph(body), ...(includes.length > 0 ? { includes } : {}) };
}

const ATX = /^ {0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;

/**
 * The title a markdown body gives itself: its first level-1 heading, else its first heading when
 * that is its only `##` (many books and guides written for GitHub start each page at level 2, their
 * sections at 3; a page of several `##` has no title of its own, nor has the glossary, whose `##`
 * are its terms). Fenced code is skipped.
 */
export function firstHeading(body: string, levelTwo = true): string | undefined {
  const lines = body.split('\n');
  let firstH2: string | undefined;
  let sawHeading = false;
  let h2s = 0;
  for (const [i, line] of linesOutsideCode(lines)) {
    const atx = ATX.exec(line);
    if (atx) {
      if (atx[1] === '#') return plainText(atx[2]!);
      if (atx[1] === '##') h2s++;
      if (!sawHeading && atx[1] === '##') firstH2 = plainText(atx[2]!);
      sawHeading = true;
      continue;
    }
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && SETEXT_H1.test(next)) return plainText(line.trim());
  }
  return levelTwo && h2s === 1 ? firstH2 : undefined;
}

const NOT_PARAGRAPH = /^ {0,3}([#>|<]|[-*+] |\d+[.)] |`{3}|~{3}|=+$|-+$|!\[|\[\^|::|\$\$)/;
/** A container directive's opening (`:::note`, `::::tabs`) and closing (`:::`) lines. */
const DIRECTIVE_OPEN = /^ {0,3}:{3,}\s*[A-Za-z]/;
const DIRECTIVE_CLOSE = /^ {0,3}:{3,}\s*$/;
/** A display math block's `$$` line. */
const MATH_FENCE = /^ {0,3}\$\$\s*$/;

/**
 * Plain text of the body's first paragraph, cut at a word boundary near 160 characters. Text in
 * code, display math and directives (callouts, tabs, cards) is not the page's own summary.
 */
export function firstParagraph(body: string): string | undefined {
  const lines = body.split('\n');
  let math = false;
  let directives = 0;
  for (const [i, line] of linesOutsideCode(lines)) {
    if (MATH_FENCE.test(line)) math = !math;
    else if (!math && DIRECTIVE_OPEN.test(line)) directives++;
    else if (!math && directives > 0 && DIRECTIVE_CLOSE.test(line)) directives--;
    if (math || directives > 0 || !line.trim() || NOT_PARAGRAPH.test(line) || SETEXT_H1.test(lines[i + 1] ?? '')) continue;
    const paragraph: string[] = [];
    for (let j = i; j < lines.length && lines[j]!.trim(); j++) paragraph.push(lines[j]!.trim());
    return truncate(plainText(paragraph.join(' ')), 160);
  }
  return undefined;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,.;:]+$/, '')}…`;
}
