import fs from 'node:fs';
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { CONFIG_FILES, VERSIONS_FILE } from '../config/load-config.js';
import { VERSIONS_FOLDER } from '../config/resolve-config.js';
import { isInside } from '../support/is-inside.js';
import { listFiles } from '../support/list-files.js';
import { picomatch } from './deps.js';
import { readGitTree } from './read-git-ref.js';

/** Files of the content folder that are not pages: registries and config. */
export const DATA_FILES = new Set([...CONFIG_FILES, VERSIONS_FILE, 'authors.yml', 'authors.yaml']);

/** What the walk of a content folder found. Paths are relative, with `/` separators. */
export interface DiscoveredFiles {
  /** Markdown files, in a stable order. */
  pages: string[];
  /** Every other file that pages may reference (images, downloads). */
  assets: Set<string>;
  /** Folders that hold pages, including `''` for the root. */
  dirs: string[];
  /** Files under `public/`, relative to `public/`. */
  publicFiles: string[];
  /** The pages and assets of versions read from git (see `readGitTree`): each one's blob id, by path. */
  git: Map<string, string>;
  /** Per-folder settings files (`_category_.json`, `_meta.yml`…), which the walk otherwise skips as `_` names. */
  settingsFiles: string[];
}

/** Where the walk looks, as the content folder's layout says (see `detectLayout`). */
export interface WalkScope {
  /** The folder the pages are in (`src` of an mdBook), `''` for the whole content folder. */
  pagesDir: string;
  /** Names of files and folders left out wherever they are (a course's `translations/`). */
  skipNames: ReadonlySet<string>;
}

const MARKDOWN = /\.(md|mdx|markdown)$/i;
/** Per-folder settings files: Docusaurus's `_category_` and guidekit's own `_meta`. */
export const SETTINGS_FILE = /^_(category_|meta)\.(json|ya?ml)$/;

/**
 * Walks the content folder, applying the ignore rules: names starting with `_` or `.`,
 * `node_modules`, the output and theme folders and the config's `ignore` globs.
 * Symlinks are followed unless they loop or lead outside the content folder.
 */
export function discoverFiles(config: ResolvedConfig, diagnostics: DiagnosticBag, scope: WalkScope = { pagesDir: '', skipNames: new Set() }): DiscoveredFiles {
  const root = fs.realpathSync(config.root);
  const isIgnoredGlob = config.ignore.length ? picomatch(config.ignore, { dot: true }) : () => false;
  const skipAbs = new Set([config.outDir, config.themeDir].map((p) => path.resolve(p)));
  const found: DiscoveredFiles = { pages: [], assets: new Set(), dirs: [], publicFiles: [], settingsFiles: [], git: new Map() };
  const fromGit = config.versions.filter((version) => version.ref);
  // A version read from git has its folder from git, whatever the content folder holds there.
  for (const version of fromGit) skipAbs.add(path.resolve(config.root, version.folder));
  const isSkipped = (rel: string, name: string, top: boolean) =>
    scope.skipNames.has(name) || isIgnoredName(name) || skipAbs.has(path.resolve(config.root, rel)) || isIgnoredGlob(rel) || (top && name === 'public');
  const addFile = (rel: string, name: string, top: boolean) => {
    if (MARKDOWN.test(name)) found.pages.push(rel);
    else if (!(top && DATA_FILES.has(name))) found.assets.add(rel);
  };

  const walk = (absDir: string, relDir: string, ancestors: Set<string>): void => {
    found.dirs.push(relDir);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(absDir, { withFileTypes: true }).sort((a, b) => compareNames(a.name, b.name));
    } catch (error) {
      // A folder removed while the walk ran (during a watch session) holds nothing.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      const abs = path.join(absDir, entry.name);
      if (SETTINGS_FILE.test(entry.name) && entry.isFile()) found.settingsFiles.push(rel);
      if (isSkipped(rel, entry.name, !relDir)) continue;
      let real = abs;
      let stat: fs.Stats;
      try {
        if (entry.isSymbolicLink()) real = fs.realpathSync(abs);
        stat = fs.statSync(real);
      } catch {
        diagnostics.warn('broken-symlink', 'symlink target does not exist; skipped', { file: rel });
        continue;
      }
      if (entry.isSymbolicLink() && !isInside(root, real)) {
        diagnostics.warn('symlink-outside', 'symlink leads outside the content folder; skipped', { file: rel });
        continue;
      }
      if (stat.isDirectory()) {
        if (ancestors.has(real)) {
          diagnostics.warn('symlink-loop', 'symlink loops back to a folder above it; skipped', { file: rel });
          continue;
        }
        walk(real, rel, new Set([...ancestors, real]));
      } else if (stat.isFile()) {
        addFile(rel, entry.name, !relDir);
      }
    }
  };
  const start = scope.pagesDir ? path.join(root, scope.pagesDir) : root;
  if (scope.pagesDir) found.dirs.push('');
  walk(start, scope.pagesDir, new Set([root, start]));
  for (const version of fromGit) {
    const tree = readGitTree(root, version.ref!);
    if (typeof tree === 'string') {
      diagnostics.error('version', `version "${version.key}": ${tree}`, {}, 'fetch the ref (a CI checkout needs `fetch-depth: 0`), or snapshot the version into a folder with `guidekit version`');
      continue;
    }
    const dirs = new Set([version.folder]);
    for (const [file, blob] of tree.blobs) {
      const parts = file.split('/');
      // The content folder as the commit has it, read with the rules of the walk above (its own versions left out).
      if (parts.some((name, i) => isSkipped(parts.slice(0, i + 1).join('/'), name, i === 0)) || parts[0] === VERSIONS_FOLDER) continue;
      const rel = `${version.folder}/${file}`;
      for (let i = 1; i < parts.length; i++) dirs.add(`${version.folder}/${parts.slice(0, i).join('/')}`);
      addFile(rel, parts[parts.length - 1]!, parts.length === 1);
      found.git.set(rel, blob);
    }
    found.dirs.push(...[...dirs].sort(compareNames));
  }
  found.publicFiles = readPublicFiles(root, diagnostics);
  return found;
}

/**
 * The files of `public/`, copied to the output as they are. A `public/` that is a link to a folder
 * outside the content folder is refused: it would publish that folder (`/etc`, say).
 */
function readPublicFiles(root: string, diagnostics: DiagnosticBag): string[] {
  const dir = path.join(root, 'public');
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return [];
  }
  if (!isInside(root, real)) {
    diagnostics.warn('symlink-outside', `public/ links to ${real}, outside the content folder; nothing of it is copied`, { file: 'public' }, 'copy the files into public/ instead');
    return [];
  }
  return listFiles(real);
}

function isIgnoredName(name: string): boolean {
  return name.startsWith('_') || name.startsWith('.') || name === 'node_modules';
}

/** Byte order, so the walk (and everything built from it) is the same on every machine. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
