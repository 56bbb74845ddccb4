import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { decodeText } from './decode-text.js';
import { readFrontMatter, type ParsedFrontMatter } from './front-matter.js';
import { includeTargets, type IncludeTarget } from './read-includes.js';

/** A markdown file read from disk: its text and front matter, nothing rendered yet. */
export interface SourcePage {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  /** The decoded text (no byte-order mark, LF line endings). */
  text: string;
  frontMatter: ParsedFrontMatter;
  /** Text of the first level-1 heading of the body, if there is one. */
  heading?: string;
  /** Plain text of the first paragraph, the fallback description. */
  summary?: string;
  /** The files the page includes (`::include{file=…}`, `::code{file=…}`), content-relative; only when there are some. */
  includes?: IncludeTarget[];
}

/** Decodes one page and reads its front matter. Returns undefined (with a diagnostic) when it is not text. */
export function parseSource(file: string, bytes: Uint8Array, diagnostics: DiagnosticBag): SourcePage | undefined {
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
  const text = decoded.text;
  const frontMatter = readFrontMatter(text, file, diagnostics);
  if (text.slice(frontMatter.bodyOffset).trim() === '') {
    diagnostics.warn('empty-page', 'page has no content', { file, line: 1, column: 1 });
  }
  const body = text.slice(frontMatter.bodyOffset);
  const includes = includeTargets(file, text);
  return { file, text, frontMatter, heading: firstHeading(body), summary: firstParagraph(body), ...(includes.length > 0 ? { includes } : {}) };
}

const ATX_H1 = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_H1 = /^ {0,3}=+[ \t]*$/;

/** Finds the first level-1 heading of a markdown body, skipping fenced code. */
export function firstHeading(body: string): string | undefined {
  const lines = body.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const open = FENCE.exec(line);
    if (fence) {
      if (open && open[1]!.startsWith(fence)) fence = undefined;
      continue;
    }
    if (open) {
      fence = open[1]!;
      continue;
    }
    const atx = ATX_H1.exec(line);
    if (atx) return plainText(atx[1]!);
    const next = lines[i + 1];
    if (line.trim() && next !== undefined && SETEXT_H1.test(next)) return plainText(line.trim());
  }
  return undefined;
}

/** Drops inline markdown (footnote references, raw HTML tags, emphasis, code ticks, links, escapes): the text a reader sees. */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(?<!\\)(\*\*|__|\*|_)(?=\S)(.+?)(?<=[^\s\\])\1/g, '$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
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
  let fence = false;
  let math = false;
  let directives = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!math && FENCE.test(line)) fence = !fence;
    else if (!fence && MATH_FENCE.test(line)) math = !math;
    else if (!fence && !math && DIRECTIVE_OPEN.test(line)) directives++;
    else if (!fence && !math && directives > 0 && DIRECTIVE_CLOSE.test(line)) directives--;
    if (fence || math || directives > 0 || !line.trim() || NOT_PARAGRAPH.test(line) || SETEXT_H1.test(lines[i + 1] ?? '')) continue;
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
