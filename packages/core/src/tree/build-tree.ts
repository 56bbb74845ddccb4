import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DiscoveredFiles } from '../discover/discover-files.js';
import type { FolderSettings } from '../discover/read-folder-settings.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { Author, Guide, PageKind, PageNode } from '../model/guide.js';
import { nameOrder, parseName, slugify } from '../model/parse-name.js';
import { publicUrl } from '../model/public-url.js';
import { redirectFromPaths } from '../model/redirect-from.js';
import { AUTHORS_PATH, PRINT_PATH, variantPrefix } from '../model/site-paths.js';
import { walkPages } from '../model/walk-pages.js';
import { assignAuthors } from './assign-authors.js';
import type { TreeVariant } from './guide-variants.js';
import { joinFolder, relativeTo } from '../model/variant-folder.js';
import { buildSummaryTree } from './build-summary-tree.js';
import { pagePath } from './page-path.js';
import { resolveReadingOverrides } from './reading-overrides.js';
import { createNodeMaker, type TreeFiles } from './make-node.js';
import type { NodeDraft } from './node-draft.js';
import { compareDrafts, isNumbering, numberChapters, reportDuplicateNumbers, type Draft } from './order-siblings.js';
import type { TreeInput } from './tree-input.js';

export type { TreeInput } from './tree-input.js';

const FOLDER_PAGES = ['index.md', 'index.mdx', 'index.markdown', 'readme.md', 'readme.mdx', 'readme.markdown'];

/**
 * Builds the navigation tree from the discovered files: numbering and ordering, chapter and
 * section numbers, titles, slugs and URLs, authors. Pure: reads nothing from disk. A guide with
 * locales or versions has one tree per `variant`.
 */
export function buildTree(input: TreeInput, diagnostics: DiagnosticBag, variant?: TreeVariant): Guide {
  const { config, sources } = input;
  const locale = variant?.locale;
  const prefix = variantPrefix({ locale, version: variant?.version });
  const description = variant?.description ?? config.description;
  const book = input.layout?.book;
  const title = variant?.title ?? (config.written.title ? config.title : layoutTitle(input) ?? config.title);
  const files = treeFiles(input.files, variant);
  const home = book
    ? buildSummaryTree(book, createNodeMaker(input, files), sources, config.drafts, title, diagnostics, prefix)
    : buildFolders(input, files, title, diagnostics);
  if (!home.file) home.description ||= description;
  home.path = prefix;
  const pages = [...walkPages(home)] as NodeDraft[];
  const byId = new Map<string, NodeDraft>(pages.map((node) => [node.id, node]));
  const claim = createUrlClaims(config.base, diagnostics);
  claim(prefix + PRINT_PATH, 'the print page');
  for (const node of pages) {
    const parent = node.parent === undefined ? undefined : byId.get(node.parent)!;
    // An mdBook's pages have their paths from their files (see `buildSummaryTree`).
    if (parent && !book) node.path = pagePath(node, parent.path, sources, diagnostics, prefix, input.layout?.name === 'docs');
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
  assignAuthors(pages, byId, sources, authors, config.defaultAuthor !== undefined ? [config.defaultAuthor] : book?.authors.map(slugify) ?? [], diagnostics);
  resolveReadingOverrides(pages, sources, diagnostics);
  reportShadowingRedirects(pages, claim.taken, config.base, sources, diagnostics);

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
    title,
    description,
    lang: locale?.lang ?? (config.written.lang ? config.lang : book?.lang ?? config.lang),
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
    ...(variant?.locale ? { locale, locales: variant.locales } : {}),
    ...(variant?.version ? { version: variant.version, versions: variant.versions } : {}),
  };
}

/** The pages and folders a tree is made of: the whole content folder, or a variant's view of it. */
function treeFiles(files: DiscoveredFiles, variant: TreeVariant | undefined): TreeFiles {
  if (!variant) {
    const same = (relative: string) => relative;
    return { pages: files.pages, dirs: files.dirs, fileOf: same, dirOf: same, isTranslated: () => true };
  }
  const { folder: own, fallback, folders } = variant;
  /** The paths of `list` in `folder`, relative to it, but for those in another variant's folder inside it. */
  const within = (folder: string, list: string[]) => {
    const nested = folders.filter((other) => other !== folder && relativeTo(other, folder) !== undefined);
    return list.flatMap((p) => {
      const relative = relativeTo(p, folder);
      return relative === undefined || nested.some((other) => relativeTo(p, other) !== undefined) ? [] : [relative];
    });
  };
  const translated = new Set(within(own, files.pages));
  const pages = [...new Set([...within(fallback, files.pages), ...translated])].sort();
  const dirs = [...new Set([...within(fallback, files.dirs), ...within(own, files.dirs)])].sort();
  return {
    pages,
    dirs: dirs.includes('') ? dirs : ['', ...dirs],
    fileOf: (relative) => joinFolder(translated.has(relative) ? own : fallback, relative),
    dirOf: (relative) => joinFolder(own, relative),
    isTranslated: (relative) => translated.has(relative),
  };
}

/** The folders and their pages as a tree of drafts, each folder's children sorted and numbered. */
function buildFolders(input: TreeInput, files: TreeFiles, guideTitle: string, diagnostics: DiagnosticBag): NodeDraft {
  const { config, sources } = input;
  const collator = new Intl.Collator(config.lang, { numeric: true, sensitivity: 'base' });
  const folderPage = chooseFolderPages(files.pages, files.dirs, files.fileOf, diagnostics);
  const chosen = new Set(folderPage.values());
  const pagesByDir = groupByDir(files.pages.filter((f) => !isFolderPage(f) && !chosen.has(f)));
  const subdirs = groupByDir(files.dirs.filter((d) => d !== ''));
  const localized = config.locales.length > 0;
  const settings = input.folders ?? new Map<string, FolderSettings>();
  // Docusaurus sorts the pages no setting orders by their names; guidekit by their titles.
  const sortBy = input.layout?.name === 'docs' ? 'name' : 'title';

  const makeNode = createNodeMaker(input, files);

  const isExcluded = (relative: string | undefined): boolean => {
    if (relative === undefined) return false;
    const source = sources.get(files.fileOf(relative));
    return !source || (source.frontMatter.data.draft === true && !config.drafts);
  };

  /**
   * A node among its siblings. It sorts by front matter `order`, else its folder's settings file,
   * else front matter `sidebar_position` (or `sidebar: { order }`), else the number its name starts with, else a number
   * its name carries after a word (`ch01-02-…`, `lesson-3-…`).
   */
  const draftOf = (node: NodeDraft, name: string, origin: string, folderOrder?: number): Draft => {
    const { number, stem } = parseName(name);
    const fm = node.frontMatter;
    // Docusaurus's `sidebar_position`, Starlight's `sidebar: { order }`.
    const starlight = (fm.sidebar as { order?: unknown } | undefined)?.order;
    const position = typeof fm.sidebar_position === 'number' ? fm.sidebar_position : typeof starlight === 'number' ? starlight : undefined;
    return { node, number, orderKey: fm.order ?? folderOrder ?? position ?? number ?? nameOrder(stem), stem, origin };
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
    const folder = settings.get(node.dir);
    // A folder's settings name it wherever it shows, its own page's title included.
    if (folder?.label !== undefined) node.title = node.label = folder.label;
    if (folder?.collapsed !== undefined) node.collapsed = folder.collapsed;
    if (!file && folder?.description) node.description = folder.description;
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
    children.sort((a, b) => compareDrafts(a, b, collator, sortBy));
    for (const child of children) {
      child.node.parent = node.id;
      node.children.push(child.node);
    }
    if (depth === 0 && config.numbering && isNumbering(node)) numberChapters(children);
    return draftOf(node, name, node.file ?? node.dir, folder?.order);
  };
  return buildFolder('', 0)!.node;
}

/** The guide's name when the config gives none: as its tool's settings give it (`book.toml`…), or a course's README heading. */
function layoutTitle({ layout, sources }: TreeInput): string | undefined {
  if (layout?.title || layout?.name !== 'course') return layout?.title;
  const readme = [...sources.keys()].find((file) => /^readme\.md$/i.test(file));
  return readme === undefined ? undefined : sources.get(readme)!.heading;
}

/**
 * A page's `redirect_from` that names a path the site has a page at is not written (a redirect
 * never hides a page): a warning at its line.
 */
function reportShadowingRedirects(pages: NodeDraft[], taken: (path: string) => boolean, base: string, sources: Map<string, SourcePage>, diagnostics: DiagnosticBag): void {
  for (const node of pages) {
    if (!node.file || node.untranslated) continue;
    for (const old of redirectFromPaths(node.frontMatter.redirect_from, base)) {
      if (!taken(old)) continue;
      const at = { file: node.file, ...sources.get(node.file)?.frontMatter.positions.get('redirect_from') };
      diagnostics.warn('redirect-from', `redirect_from ${base}${old} is not written: the site has a page there`, at, 'a redirect never hides a page; remove it from redirect_from');
    }
  }
}

/** Claims a path of the site for a page or an output: a second claim on one path is an error naming both. `taken` says whether a path is claimed. */
function createUrlClaims(base: string, diagnostics: DiagnosticBag): ((pathKey: string, origin: string, at?: string) => void) & { taken: (pathKey: string) => boolean } {
  const byPath = new Map<string, string>();
  const claim = (pathKey: string, origin: string, at?: string) => {
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
  return Object.assign(claim, { taken: (pathKey: string) => byPath.has(pathKey) });
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

/**
 * A folder's own page: `index.md`, else `README.md`, else (as Docusaurus names a category's page)
 * a page named as the folder, in it (`setup/setup.md`) or beside it (`setup.md`). Warns when both
 * `index.md` and `README.md` exist.
 */
function chooseFolderPages(pages: string[], dirs: string[], fileOf: (relative: string) => string, diagnostics: DiagnosticBag): Map<string, string> {
  const chosen = new Map<string, string>();
  const present = new Set(pages);
  for (const dir of dirs) {
    if (!dir) continue;
    const name = path.posix.basename(dir);
    const named = [`${dir}/${name}.md`, `${dir}/${name}.mdx`, `${dir}.md`, `${dir}.mdx`].find((f) => present.has(f));
    if (named) chosen.set(dir, named);
  }
  for (const file of pages) {
    if (!isFolderPage(file)) continue;
    const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
    const current = chosen.get(dir);
    // index.md and README.md win over a page named as the folder, which stays a page of it.
    if (current === undefined || rank(current) < 0 || rank(file) < rank(current)) {
      if (current !== undefined && rank(current) >= 0) ignoredReadme(fileOf(current), fileOf(file), diagnostics);
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
