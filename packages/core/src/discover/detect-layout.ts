import fs from 'node:fs';
import path from 'node:path';
import type { LayoutName } from '../config/define-config.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DiscoveredFiles, WalkScope } from './discover-files.js';
import { readBook, type MdBook } from './mdbook/read-book.js';
import { readSiteTitle } from './read-site-title.js';

/** How the content folder is laid out, and what that changes in reading it. */
export interface ContentLayout {
  name: LayoutName;
  /** What it was recognised by (`book.toml and src/SUMMARY.md`), or that the config names it. */
  evidence: string;
  /** Where the walk of the content folder looks. */
  scope: WalkScope;
  /** The mdBook, for the `mdbook` layout. */
  book?: MdBook;
  /** The guide's name as the other tool's settings give it (`book.toml`, `docusaurus.config.js`…). */
  title?: string;
}

/** A course's folders of other languages (`translations/<lang>/`, in the course and in each lesson). */
const COURSE_SKIPPED = ['translations'];
const NUMBERED_DIR = /^\d+[-_. ]/;

/**
 * Recognises the layout before the content folder is walked: an mdBook (`book.toml`, `SUMMARY.md`)
 * or a GitHub course (a `README.md` beside numbered lesson folders that have theirs). Config
 * `layout` forces one. A docs folder is recognised after the walk (see {@link refineLayout}).
 */
export function detectLayout(config: ResolvedConfig, diagnostics: DiagnosticBag): ContentLayout {
  const forced = config.layout;
  const plain: ContentLayout = { name: 'folders', evidence: forced ? 'config `layout`' : 'numbered files and folders', scope: { pagesDir: '', skipNames: new Set() } };
  if (forced === 'folders') return plain;
  if (forced === 'docs') return withSiteTitle({ ...plain, name: 'docs' }, config.root);
  if (!forced || forced === 'mdbook') {
    const book = readBook(config.root, diagnostics);
    if (book) {
      const evidence = forced ? 'config `layout`' : book.srcDir ? `book.toml and ${book.summaryFile}` : 'SUMMARY.md';
      return { name: 'mdbook', evidence, book, ...(book.title ? { title: book.title } : {}), scope: { pagesDir: book.srcDir, skipNames: new Set() } };
    }
    if (forced) {
      diagnostics.error('layout', 'config `layout: \'mdbook\'` needs a SUMMARY.md (or a book.toml beside a src/SUMMARY.md)', { file: configName(config) });
      return plain;
    }
  }
  const lessons = forced === 'course' ? 0 : countLessonFolders(config.root);
  if (forced === 'course' || lessons >= 2) {
    // A `translations/` folder that a locale is read from is kept.
    const mapped = new Set(config.locales.map((l) => l.folder.split('/')[0]));
    const skipNames = new Set(COURSE_SKIPPED.filter((name) => !mapped.has(name)));
    return { name: 'course', evidence: forced ? 'config `layout`' : `README.md beside ${lessons} numbered lesson folders`, scope: { pagesDir: '', skipNames } };
  }
  return plain;
}

/** A plain folder of pages with Docusaurus's `_category_` files or `.mdx` pages is a docs folder. */
export function refineLayout(layout: ContentLayout, files: DiscoveredFiles, root: string, forced: boolean): ContentLayout {
  if (forced || layout.name !== 'folders') return layout;
  const category = files.settingsFiles.find((f) => path.posix.basename(f).startsWith('_category_'));
  const mdx = files.pages.find((f) => f.endsWith('.mdx'));
  if (!category && !mdx) return layout;
  return withSiteTitle({ ...layout, name: 'docs', evidence: category ? `${category}` : `.mdx pages (${mdx})` }, root);
}

function withSiteTitle(layout: ContentLayout, root: string): ContentLayout {
  const title = readSiteTitle(root);
  return title ? { ...layout, title } : layout;
}

/** Numbered folders of the content folder that have a README.md: a course's lessons. */
function countLessonFolders(root: string): number {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    return 0;
  }
  if (!entries.some((e) => e.isFile() && e.name.toLowerCase() === 'readme.md')) return 0;
  return entries.filter((e) => e.isDirectory() && NUMBERED_DIR.test(e.name) && fs.existsSync(path.join(root, e.name, 'README.md'))).length;
}

function configName(config: ResolvedConfig): string | undefined {
  return config.configFile ? path.basename(config.configFile) : undefined;
}
