import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AuthorEntry } from '../model/guide.js';
import { slugify } from '../model/parse-name.js';
import { hashOf } from '../support/hash.js';
import { detectLayout, refineLayout, type ContentLayout } from './detect-layout.js';
import { discoverFiles, type DiscoveredFiles } from './discover-files.js';
import { expandBookLinks } from './mdbook/expand-book-links.js';
import { readAuthors } from './read-authors.js';
import { fileStamp } from './read-content-file.js';
import { readFolderSettings, type FolderSettings } from './read-folder-settings.js';
import { readImageSizes, type ImageSize } from './read-image-sizes.js';
import { readGitDates } from './read-git-dates.js';
import { readIncludedText, readIncludes, type IncludedFile } from './read-includes.js';
import { readGitBlobs } from './read-git-ref.js';
import { parseSource, type SourcePage } from './read-sources.js';

/** Everything a build reads from the content folder: its layout, files, pages, authors and image sizes. */
export interface Content {
  layout: ContentLayout;
  files: DiscoveredFiles;
  /** Each page's text and front matter, by file. */
  sources: Map<string, SourcePage>;
  authors: Map<string, AuthorEntry>;
  /** What each folder's settings file (`_category_.json`, `_meta.yml`) says of it, by folder. */
  folders: Map<string, FolderSettings>;
  /** Sizes of the image assets that could be read, by path. */
  images: Map<string, ImageSize>;
  /** The date of each file's last commit, when the config asks for them (`lastUpdated`). */
  lastCommits: Map<string, string>;
  /** The files pages include (`::include`, `::code`), by path (see `readIncludes`). */
  includes: Map<string, IncludedFile>;
}

/**
 * Parsed pages by file, with the size/mtime stamp and hash of the bytes they were parsed from (and
 * the stamps of the files they include), so unchanged files are neither read nor parsed again.
 */
export type SourceCache = Map<string, { stamp: string; hash: string; includes?: Map<string, string>; source?: SourcePage; diagnostics: Diagnostic[] }>;

function readIfThere(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Discovers and reads the content folder, reusing the cached parse of files whose bytes are unchanged. */
export function readContent(config: ResolvedConfig, cache: SourceCache, diagnostics: DiagnosticBag): Content {
  const plain: ContentLayout = { name: config.layout ?? 'folders', evidence: '', scope: { pagesDir: '', skipNames: new Set() } };
  // A watch session goes on while the folder is gone (deleted, renamed, being restored).
  if (!fs.existsSync(config.root)) {
    diagnostics.error('content-folder', `content folder not found: ${config.root}`, {}, 'put it back: the build goes on when it is there');
    const files = { pages: [], assets: new Set<string>(), dirs: [], publicFiles: [], settingsFiles: [], git: new Map<string, string>() };
    return { layout: plain, files, sources: new Map(), authors: new Map(), folders: new Map(), images: new Map(), lastCommits: new Map(), includes: new Map() };
  }
  const detected = detectLayout(config, diagnostics);
  const files = discoverFiles(config, diagnostics, detected.scope);
  const layout = refineLayout(detected, files, config.root, config.layout !== undefined);
  const book = layout.book;
  const bookRealRoot = book && fs.realpathSync(book.root);
  const sources = new Map<string, SourcePage>();
  // Pages of a version read from git are stamped with their blob id, and read together.
  const gitStamp = (file: string) => `git:${files.git.get(file)}`;
  const fromGit = readGitBlobs(
    config.root,
    files.pages.filter((file) => files.git.has(file) && cache.get(file)?.stamp !== gitStamp(file)).map((file) => files.git.get(file)!),
  );
  for (const file of files.pages) {
    const abs = path.join(config.root, file);
    const blob = files.git.get(file);
    // A file removed since the folder was listed (an editor saving, a checkout) is not there.
    const stamp = blob ? gitStamp(file) : fileStamp(abs);
    if (!stamp) continue;
    let entry = cache.get(file);
    const includesHold = !entry?.includes || [...entry.includes].every(([included, was]) => fileStamp(included) === was);
    if (entry?.stamp !== stamp || !includesHold) {
      const bytes = blob ? fromGit.get(blob) : readIfThere(abs);
      if (!bytes) continue;
      const hash = hashOf(bytes);
      if (entry?.hash === hash && includesHold) {
        entry.stamp = stamp;
      } else {
        const bag = new DiagnosticBag();
        let includes: Map<string, string> | undefined;
        let title: string | undefined;
        const prepare = book && bookRealRoot
          ? (text: string) => {
              const expanded = expandBookLinks(text, file, abs, book.root, (included) => readIncludedText(bookRealRoot, included), bag);
              includes = new Map(expanded.includes.map((included) => [included, fileStamp(included) ?? '']));
              title = expanded.title;
              return expanded.text;
            }
          : undefined;
        const source = parseSource(file, bytes, bag, prepare);
        if (source && title !== undefined && source.frontMatter.data.title === undefined) source.frontMatter.data.title = title;
        // A page's hash covers what it includes, so its rendering is redone when they change.
        entry = { stamp, hash: includes?.size ? hashOf(bytes, source?.text ?? '') : hash, ...(includes?.size ? { includes } : {}), source, diagnostics: bag.items };
        cache.set(file, entry);
      }
    }
    entry.diagnostics.forEach((d) => diagnostics.add(d));
    if (entry.source) sources.set(file, entry.source);
  }
  const present = new Set(files.pages);
  for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  const lastCommits = config.lastUpdated ? readGitDates(config.root) : new Map<string, string>();
  const authors = readAuthors(config.root, diagnostics);
  // An mdBook's authors (book.toml) are authors of the guide, unless authors.yml names them otherwise.
  for (const name of book?.authors ?? []) if (!authors.has(slugify(name))) authors.set(slugify(name), { id: slugify(name), name, links: [] });
  return {
    layout,
    files,
    sources,
    authors,
    folders: readFolderSettings(config.root, files.settingsFiles, diagnostics),
    images: readImageSizes(config.root, files.assets, files.git),
    lastCommits,
    includes: readIncludes(config.root, sources.values(), files.git),
  };
}
