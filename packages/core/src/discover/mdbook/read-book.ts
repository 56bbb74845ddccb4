import fs from 'node:fs';
import path from 'node:path';
import type { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { parseToml, TomlError } from '../deps.js';
import { parseSummary, type SummaryEntry } from './parse-summary.js';

/** An mdBook found in the content folder: its settings and its order. */
export interface MdBook {
  /** The book's folder (where `book.toml` is), absolute: includes may read any file below it. */
  root: string;
  /** The folder of its chapters, relative to the content folder: `src`, or `''` when the content folder is it. */
  srcDir: string;
  /** `SUMMARY.md`, relative to the content folder. */
  summaryFile: string;
  summary: SummaryEntry[];
  /** From `book.toml` `[book]`. */
  title?: string;
  authors: string[];
  lang?: string;
}

/** mdBook's own preprocessors, which guidekit does the work of. */
const BUILT_IN_PREPROCESSORS = new Set(['links', 'index', 'anchors']);

/**
 * Finds an mdBook in the content folder `root`: a `book.toml` there (its chapters in its `src`
 * folder), or a `SUMMARY.md` there (the content folder is the book's `src/`, its `book.toml`, if
 * any, in the folder above). Undefined when there is neither.
 */
export function readBook(root: string, diagnostics: DiagnosticBag): MdBook | undefined {
  if (fs.existsSync(path.join(root, 'book.toml'))) {
    const settings = readBookToml(root, 'book.toml', diagnostics);
    const srcDir = path.posix.normalize(settings.src ?? 'src').replace(/^\.\/?|\/$/g, '');
    if (srcDir.startsWith('..')) {
      diagnostics.warn('mdbook', `src "${settings.src}" is outside the book's folder; read as a plain folder`, { file: 'book.toml' });
      return undefined;
    }
    return withSummary(root, srcDir, settings, diagnostics);
  }
  if (!fs.existsSync(path.join(root, 'SUMMARY.md'))) return undefined;
  const parent = path.dirname(root);
  const parentToml = path.join(parent, 'book.toml');
  if (fs.existsSync(parentToml)) {
    const settings = readBookToml(parent, '../book.toml', diagnostics);
    if (path.resolve(parent, settings.src ?? 'src') === root) return withSummary(parent, '', settings, diagnostics, root);
  }
  return withSummary(root, '', { authors: [] }, diagnostics);
}

/**
 * Folders outside the content folder whose files its pages may include: the book's folder, when
 * the content folder is an mdBook's `src/` (listings usually sit beside it).
 */
export function includeFolders(root: string): string[] {
  const parent = path.dirname(root);
  return fs.existsSync(path.join(root, 'SUMMARY.md')) && fs.existsSync(path.join(parent, 'book.toml')) ? [parent] : [];
}

/** What `book.toml` says of the book. */
interface BookSettings {
  title?: string;
  authors: string[];
  lang?: string;
  src?: string;
}

function readBookToml(bookRoot: string, shownAs: string, diagnostics: DiagnosticBag): BookSettings {
  let data: Record<string, unknown>;
  try {
    data = parseToml(fs.readFileSync(path.join(bookRoot, 'book.toml'), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    const at = error instanceof TomlError ? { line: error.line, column: error.column } : {};
    diagnostics.warn('mdbook', `not valid TOML: ${(error as Error).message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '')}`, { file: shownAs, ...at });
    return { authors: [] };
  }
  const book = (data.book ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const preprocessors = Object.keys((data.preprocessor ?? {}) as object).filter((name) => !BUILT_IN_PREPROCESSORS.has(name));
  if (preprocessors.length) {
    diagnostics.warn(
      'mdbook',
      `mdBook preprocessor${preprocessors.length > 1 ? 's' : ''} ${preprocessors.join(', ')} not run: what ${preprocessors.length > 1 ? 'they add' : 'it adds'} shows as written`,
      { file: shownAs },
    );
  }
  return {
    title: text(book.title),
    authors: Array.isArray(book.authors) ? book.authors.flatMap((a) => text(a) ?? []) : [],
    lang: text(book.language),
    src: text(book.src),
  };
}

function withSummary(bookRoot: string, srcDir: string, settings: BookSettings, diagnostics: DiagnosticBag, contentRoot = bookRoot): MdBook | undefined {
  const summaryFile = srcDir ? `${srcDir}/SUMMARY.md` : 'SUMMARY.md';
  let text: string;
  try {
    text = fs.readFileSync(path.join(contentRoot, summaryFile), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    diagnostics.warn('mdbook', `no ${summaryFile}: the chapters are ordered as a plain folder`, { file: 'book.toml' }, 'add SUMMARY.md, the book\'s table of contents');
    return undefined;
  }
  return {
    root: bookRoot,
    srcDir,
    summaryFile,
    summary: parseSummary(text, summaryFile, diagnostics),
    ...(settings.title ? { title: settings.title } : {}),
    authors: settings.authors,
    ...(settings.lang ? { lang: settings.lang } : {}),
  };
}
