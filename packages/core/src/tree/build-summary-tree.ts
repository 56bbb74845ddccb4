import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { MdBook } from '../discover/mdbook/read-book.js';
import type { SummaryChapter, SummaryEntry } from '../discover/mdbook/parse-summary.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { PageKind } from '../model/guide.js';
import { slugify } from '../model/parse-name.js';
import type { MakeNode } from './make-node.js';
import type { NodeDraft } from './node-draft.js';
import { pagePath } from './page-path.js';

const FOLDER_PAGE = /^(index|readme)\.md$/i;

/**
 * An mdBook's tree, in the order and nesting of its `SUMMARY.md`: prefix chapters, numbered
 * chapters (labelled with their numbers as mdBook's sidebar shows them, `2.1.`), part titles as chapters that list theirs,
 * suffix chapters. The first prefix chapter is the home page. A draft chapter (`[Title]()`) is left
 * out, or lists its sub-chapters when it has some. Each page's URL follows its file
 * (`ch04-01-what-is-ownership.md` → `ch04-01-what-is-ownership/`), as mdBook's do; chapters the
 * summary does not name are not pages.
 */
export function buildSummaryTree(book: MdBook, makeNode: MakeNode, sources: Map<string, SourcePage>, drafts: boolean, guideTitle: string, diagnostics: DiagnosticBag, prefix = ''): NodeDraft {
  const fileOf = (chapter: SummaryChapter) => (chapter.file === undefined ? undefined : book.srcDir ? `${book.srcDir}/${chapter.file}` : chapter.file);
  const isPage = (chapter: SummaryChapter): boolean => {
    const file = fileOf(chapter);
    if (file === undefined) return false;
    const source = sources.get(file);
    if (!source) {
      diagnostics.warn('summary', `chapter file not found: ${chapter.file}`, { file: book.summaryFile, line: chapter.line, column: 1 }, 'fix the link, or write `[Title]()` for a chapter still to come');
      return false;
    }
    return source.frontMatter.data.draft !== true || drafts;
  };

  const [first, ...rest] = book.summary;
  const homeChapter = first?.kind === 'chapter' && first.number === undefined && first.children.length === 0 && isPage(first) ? first : undefined;
  const home = makeNode('home', homeChapter && fileOf(homeChapter), guideTitle, 0);
  home.id = home.file ?? `${book.srcDir}/`;
  home.dir = book.srcDir;
  const used = new Set<string>(home.file ? [home.file] : []);

  const attach = (parent: NodeDraft, child: NodeDraft) => {
    child.parent = parent.id;
    parent.children.push(child);
  };
  const nodeOf = (entry: SummaryEntry, parent: NodeDraft, depth: number): NodeDraft | undefined => {
    const children = entry.children;
    const hasPage = entry.kind === 'chapter' && isPage(entry);
    const file = hasPage ? fileOf(entry as SummaryChapter)! : undefined;
    if (file && used.has(file)) {
      diagnostics.warn('summary', `${entry.name}: ${path.posix.basename(file)} is already a chapter; listed once`, { file: book.summaryFile, line: entry.line, column: 1 });
      return undefined;
    }
    const kind: PageKind = depth === 1 ? 'chapter' : children.length ? 'group' : 'article';
    const node = makeNode(kind, file, entry.name, depth);
    if (file) {
      used.add(file);
      node.path = summaryPath(node, book.srcDir, sources, diagnostics, prefix);
    } else {
      // A part title, or a draft chapter that has sub-chapters: a page listing them.
      node.id = `${parent.path}${slugify(entry.name)}/`;
      node.path = prefix + node.id;
      node.title = entry.name;
    }
    node.label = entry.name;
    const number = entry.kind === 'chapter' ? entry.number : undefined;
    if (number) {
      // Numbered as mdBook's sidebar numbers them, at every level: `2.1. Installation`.
      node.section = number;
      node.label = `${number.join('.')}. ${entry.name}`;
      if (depth === 1) node.number = number[0]!;
    }
    for (const child of children) {
      const draft = nodeOf(child, node, depth + 1);
      if (draft) attach(node, draft);
    }
    return file || node.children.length ? node : undefined;
  };
  for (const entry of homeChapter ? rest : book.summary) {
    const node = nodeOf(entry, home, 1);
    if (node) attach(home, node);
  }
  return home;
}

/**
 * A chapter's path: its file's, without `.md` (`guide/setup.md` → `guide/setup/`), a folder's
 * `README.md` or `index.md` at the folder's; front matter `slug` as everywhere.
 */
function summaryPath(node: NodeDraft, srcDir: string, sources: Map<string, SourcePage>, diagnostics: DiagnosticBag, prefix: string): string {
  const relative = srcDir ? node.file!.slice(srcDir.length + 1) : node.file!;
  const folder = path.posix.dirname(relative) === '.' ? '' : `${path.posix.dirname(relative)}/`;
  const folderPath = prefix + folder.split('/').filter(Boolean).map((part) => `${slugify(part)}/`).join('');
  if (FOLDER_PAGE.test(path.posix.basename(relative)) && folder && node.frontMatter.slug === undefined) return folderPath;
  return pagePath(node, folderPath, sources, diagnostics, prefix);
}
