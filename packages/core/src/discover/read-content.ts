import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { AuthorEntry } from '../model/guide.js';
import { hashOf } from '../support/hash.js';
import { discoverFiles, type DiscoveredFiles } from './discover-files.js';
import { readAuthors } from './read-authors.js';
import { readImageSizes, type ImageSize } from './read-image-sizes.js';
import { readGitDates } from './read-git-dates.js';
import { readIncludes, type IncludedFile } from './read-includes.js';
import { readGitBlobs } from './read-git-ref.js';
import { parseSource, type SourcePage } from './read-sources.js';

/** Everything a build reads from the content folder: its files, pages, authors and image sizes. */
export interface Content {
  files: DiscoveredFiles;
  /** Each page's text and front matter, by file. */
  sources: Map<string, SourcePage>;
  authors: Map<string, AuthorEntry>;
  /** Sizes of the image assets that could be read, by path. */
  images: Map<string, ImageSize>;
  /** The date of each file's last commit, when the config asks for them (`lastUpdated`). */
  lastCommits: Map<string, string>;
  /** The files pages include (`::include`, `::code`), by path (see `readIncludes`). */
  includes: Map<string, IncludedFile>;
}

/**
 * Parsed pages by file, with the size/mtime stamp and hash of the bytes they were parsed from, so
 * unchanged files are neither read nor parsed again.
 */
export type SourceCache = Map<string, { stamp: string; hash: string; source?: SourcePage; diagnostics: Diagnostic[] }>;

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
  // A watch session goes on while the folder is gone (deleted, renamed, being restored).
  if (!fs.existsSync(config.root)) {
    diagnostics.error('content-folder', `content folder not found: ${config.root}`, {}, 'put it back: the build goes on when it is there');
    return { files: { pages: [], assets: new Set(), dirs: [], publicFiles: [], git: new Map() }, sources: new Map(), authors: new Map(), images: new Map(), lastCommits: new Map(), includes: new Map() };
  }
  const files = discoverFiles(config, diagnostics);
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
    const stat = blob ? undefined : fs.statSync(abs, { throwIfNoEntry: false });
    if (!stat && !blob) continue;
    const stamp = blob ? gitStamp(file) : `${stat!.size}:${stat!.mtimeMs}:${stat!.ino}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) {
      const bytes = blob ? fromGit.get(blob) : readIfThere(abs);
      if (!bytes) continue;
      const hash = hashOf(bytes);
      if (entry?.hash === hash) {
        entry.stamp = stamp;
      } else {
        const bag = new DiagnosticBag();
        entry = { stamp, hash, source: parseSource(file, bytes, bag), diagnostics: bag.items };
        cache.set(file, entry);
      }
    }
    entry.diagnostics.forEach((d) => diagnostics.add(d));
    if (entry.source) sources.set(file, entry.source);
  }
  const present = new Set(files.pages);
  for (const file of cache.keys()) if (!present.has(file)) cache.delete(file);
  const lastCommits = config.lastUpdated ? readGitDates(config.root) : new Map<string, string>();
  return {
    files,
    sources,
    authors: readAuthors(config.root, diagnostics),
    images: readImageSizes(config.root, files.assets, files.git),
    lastCommits,
    includes: readIncludes(config.root, sources.values()),
  };
}
