import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DiscoveredFiles } from '../discover/discover-files.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { Author, AuthorEntry, Guide, GuideLocale, PageKind, PageNode } from '../model/guide.js';
import { parseName, readableTitle, slugify } from '../model/parse-name.js';
import { publicUrl } from '../model/public-url.js';
import { AUTHORS_PATH, PRINT_PATH } from '../model/site-paths.js';
import { walkPages } from '../model/walk-pages.js';
import { assignAuthors } from './assign-authors.js';
import { pagePath } from './page-path.js';
import { resolveReadingOverrides } from './reading-overrides.js';
import type { NodeDraft } from './node-draft.js';
import { compareDrafts, numberChapters, reportDuplicateNumbers, type Draft } from './order-siblings.js';

/** What the tree is built from: what discovery read from disk. */
export interface TreeInput {
  config: ResolvedConfig;
  files: DiscoveredFiles;
  sources: Map<string, SourcePage>;
  authors: Map<string, AuthorEntry>;
  /** The date of each file's last commit, where known (see `readGitDates`). */
  lastCommits?: Map<string, string>;
}

/** Which locale a tree is built for: its folder's pages, and the default locale's where it has none. */
export interface LocaleTree {
  locale: GuideLocale;
  /** Every locale of the guide, the default first. */
  locales: readonly GuideLocale[];
  title: string;
  description: string;
}

/**
 * The content a tree is built from, as paths within the locale's folder (the whole content folder
 * without locales), and the file each path stands for.
 */
interface TreeFiles {
  pages: string[];
  dirs: string[];
  fileOf(relative: string): string;
  dirOf(relative: string): string;
  isTranslated(relative: string): boolean;
}

const FOLDER_PAGES = ['index.md', 'index.markdown', 'readme.md', 'readme.markdown'];

/**
 * Builds the navigation tree from the discovered files: numbering and ordering, chapter and
 * section numbers, titles, slugs and URLs, authors. Pure: reads nothing from disk.
 */
export function buildTree(input: TreeInput, diagnostics: DiagnosticBag, localeTree?: LocaleTree): Guide {
  const { config, sources } = input;
  const locale = localeTree?.locale;
  const prefix = locale?.prefix ?? '';
  const description = localeTree?.description ?? config.description;
  const home = buildFolders(input, treeFiles(input.files, localeTree), localeTree?.title ?? config.title, diagnostics);
  if (!home.file) home.description ||= description;
  home.path = prefix;
  const pages = [...walkPages(home)] as NodeDraft[];
  const byId = new Map<string, NodeDraft>(pages.map((node) => [node.id, node]));
  const claim = createUrlClaims(config.base, diagnostics);
  claim(prefix + PRINT_PATH, 'the print page');
  for (const node of pages) {
    const parent = node.parent === undefined ? undefined : byId.get(node.parent)!;
    if (parent) node.path = pagePath(node, parent, sources, diagnostics, prefix);
    node.url = encodeURI(config.base + node.path);
    claim(node.path, node.file ?? `${node.dir}/`, node.file);
  }

  const authors = new Map<string, Author>();
  for (const [id, entry] of input.authors) {
    const authorPath = `${prefix}${AUTHORS_PATH}${slugify(id)}/`;
    const avatar = entry.avatar && publicUrl(config.base, entry.avatar);
    authors.set(id, { ...entry, avatar, path: authorPath, url: encodeURI(config.base + authorPath) });
    claim(authorPath, `the page of author "${id}"`);
  }
  assignAuthors(pages, byId, sources, authors, config.defaultAuthor, diagnostics);
  resolveReadingOverrides(pages, sources, diagnostics);

  const byFile = new Map<string, PageNode>();
  const byDir = new Map<string, PageNode>();
  for (const node of pages) {
    if (node.file) byFile.set(node.file, node);
    if (node.dir !== undefined) byDir.set(node.dir, node);
    Object.freeze(node.children);
    Object.freeze(node.authors);
    Object.freeze(node);
  }
  return {
    title: localeTree?.title ?? config.title,
    description,
    lang: locale?.lang ?? config.lang,
    base: config.base,
    siteUrl: config.siteUrl,
    ...(config.editLink ? { editLink: config.editLink } : {}),
    home,
    pages,
    byId,
    byFile,
    byDir,
    authors,
    glossaryFile: glossaryPage(pages, sources, diagnostics),
    ...(localeTree ? { locale, locales: localeTree.locales } : {}),
  };
}

/** The pages and folders a tree is made of: the whole content folder, or a locale's view of it. */
function treeFiles(files: DiscoveredFiles, localeTree: LocaleTree | undefined): TreeFiles {
  if (!localeTree) {
    const same = (relative: string) => relative;
    return { pages: files.pages, dirs: files.dirs, fileOf: same, dirOf: same, isTranslated: () => true };
  }
  const own = localeTree.locale.folder;
  const fallback = localeTree.locales[0]!.folder;
  const within = (folder: string, list: string[]) =>
    list.flatMap((p) => (p === folder ? [''] : p.startsWith(`${folder}/`) ? [p.slice(folder.length + 1)] : []));
  const translated = new Set(within(own, files.pages));
  const pages = [...new Set([...within(fallback, files.pages), ...translated])].sort();
  const dirs = [...new Set([...within(fallback, files.dirs), ...within(own, files.dirs)])].sort();
  return {
    pages,
    dirs: dirs.includes('') ? dirs : ['', ...dirs],
    fileOf: (relative) => `${translated.has(relative) ? own : fallback}/${relative}`,
    dirOf: (relative) => (relative ? `${own}/${relative}` : own),
    isTranslated: (relative) => translated.has(relative),
  };
}

/** The folders and their pages as a tree of drafts, each folder's children sorted and numbered. */
function buildFolders({ config, sources, lastCommits }: TreeInput, files: TreeFiles, guideTitle: string, diagnostics: DiagnosticBag): NodeDraft {
  const collator = new Intl.Collator(config.lang, { numeric: true, sensitivity: 'base' });
  const folderPage = chooseFolderPages(files.pages, files.fileOf, diagnostics);
  const pagesByDir = groupByDir(files.pages.filter((f) => !isFolderPage(f)));
  const subdirs = groupByDir(files.dirs.filter((d) => d !== ''));
  const localized = config.locales.length > 0;

  const makeNode = (kind: PageKind, relative: string | undefined, stem: string, depth: number): NodeDraft => {
    const file = relative === undefined ? undefined : files.fileOf(relative);
    const source = file ? sources.get(file) : undefined;
    const fm = source?.frontMatter.data ?? {};
    const title = fm.title ?? source?.heading ?? readableTitle(stem);
    return {
      id: file ?? '',
      ...(localized && relative !== undefined ? { localeId: relative, ...(files.isTranslated(relative) ? {} : { untranslated: true }) } : {}),
      kind,
      file,
      title,
      section: [],
      label: title,
      description: fm.description ?? source?.summary ?? '',
      ...updatedOf(fm.updated, file && lastCommits?.get(file)),
      path: '',
      url: '',
      authors: [],
      frontMatter: fm,
      children: [],
      depth,
    };
  };

  const isExcluded = (relative: string | undefined): boolean => {
    if (relative === undefined) return false;
    const source = sources.get(files.fileOf(relative));
    return !source || (source.frontMatter.data.draft === true && !config.drafts);
  };

  const draftOf = (node: NodeDraft, name: string, origin: string): Draft => {
    const { number, stem } = parseName(name);
    return { node, number, orderKey: node.frontMatter.order ?? number, stem, origin };
  };

  const buildFolder = (dir: string, depth: number): Draft | undefined => {
    let file = folderPage.get(dir);
    // A guide always has a home page: one left out (a draft, not UTF-8) lists the chapters.
    if (isExcluded(file)) {
      if (depth > 0) return undefined;
      file = undefined;
    }
    const name = dir === '' ? '' : path.posix.basename(dir);
    const kind: PageKind = depth === 0 ? 'home' : depth === 1 ? 'chapter' : 'group';
    const node = makeNode(kind, file, parseName(name).stem || guideTitle, depth);
    node.id = node.file ?? `${files.dirOf(dir)}/`;
    node.dir = files.dirOf(dir);
    if (localized && !file) node.localeId = `${dir}/`;
    const children: Draft[] = [];
    for (const pageFile of pagesByDir.get(dir) ?? []) {
      if (isExcluded(pageFile)) continue;
      const leaf = makeNode(depth === 0 ? 'chapter' : 'article', pageFile, parseName(path.posix.basename(pageFile)).stem, depth + 1);
      children.push(draftOf(leaf, path.posix.basename(pageFile), leaf.file!));
    }
    for (const sub of subdirs.get(dir) ?? []) {
      const child = buildFolder(sub, depth + 1);
      if (child) children.push(child);
    }
    if (!file && children.length === 0 && depth > 0) return undefined;
    reportDuplicateNumbers(children, diagnostics);
    children.sort((a, b) => compareDrafts(a, b, collator));
    for (const child of children) {
      child.node.parent = node.id;
      node.children.push(child.node);
    }
    if (depth === 0) numberChapters(children);
    return draftOf(node, name, node.file ?? node.dir);
  };
  return buildFolder('', 0)!.node;
}

/** When a page was last updated: front matter `updated` (a date the YAML reader made is written `YYYY-MM-DD`), else its last commit. */
function updatedOf(written: unknown, committed: string | undefined): { updated?: string } {
  if (written instanceof Date && !Number.isNaN(written.getTime())) return { updated: written.toISOString().slice(0, 10) };
  if (typeof written === 'string' && written.trim()) return { updated: written.trim() };
  return committed ? { updated: committed } : {};
}

/** Claims a path of the site for a page or an output: a second claim on one path is an error naming both. */
function createUrlClaims(base: string, diagnostics: DiagnosticBag): (pathKey: string, origin: string, at?: string) => void {
  const byPath = new Map<string, string>();
  return (pathKey, origin, at) => {
    const other = byPath.get(pathKey);
    if (other === undefined) {
      byPath.set(pathKey, origin);
      return;
    }
    diagnostics.error('duplicate-url', `two pages on one URL ${base}${pathKey}: ${other} and ${origin}`, {
      file: at,
      ...(at ? { line: 1, column: 1 } : {}),
    }, 'rename one of them or give it a different `slug`');
  };
}

/** The page marked `glossary: true`; a second one is warned about. */
function glossaryPage(pages: PageNode[], sources: Map<string, SourcePage>, diagnostics: DiagnosticBag): string | undefined {
  const [page, ...others] = pages.filter((p) => p.file && p.frontMatter.glossary === true);
  for (const other of others) {
    diagnostics.warn(
      'glossary',
      `only one page can be the glossary; ${page!.file} already is`,
      { file: other.file, ...sources.get(other.file!)?.frontMatter.positions.get('glossary') },
      'remove `glossary: true` from one of them',
    );
  }
  return page?.file;
}

/** A folder's own page: `index.md`, else `README.md`. Warns when both exist. */
function chooseFolderPages(pages: string[], fileOf: (relative: string) => string, diagnostics: DiagnosticBag): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const file of pages) {
    if (!isFolderPage(file)) continue;
    const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
    const current = chosen.get(dir);
    if (current === undefined || rank(file) < rank(current)) {
      if (current) ignoredReadme(fileOf(current), fileOf(file), diagnostics);
      chosen.set(dir, file);
    } else {
      ignoredReadme(fileOf(file), fileOf(current), diagnostics);
    }
  }
  return chosen;
}

function ignoredReadme(ignored: string, used: string, diagnostics: DiagnosticBag): void {
  diagnostics.warn('folder-page', `ignored: ${path.posix.basename(used)} is this folder's page`, {
    file: ignored,
    line: 1,
    column: 1,
  });
}

function rank(file: string): number {
  return FOLDER_PAGES.indexOf(path.posix.basename(file).toLowerCase());
}

function isFolderPage(file: string): boolean {
  return rank(file) >= 0;
}

function groupByDir(paths: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const dir = path.posix.dirname(p) === '.' ? '' : path.posix.dirname(p);
    groups.set(dir, [...(groups.get(dir) ?? []), p]);
  }
  return groups;
}
