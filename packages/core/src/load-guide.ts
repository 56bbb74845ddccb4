import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from './config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { discoverFiles } from './discover/discover-files.js';
import { readAuthors } from './discover/read-authors.js';
import { readImageSizes } from './discover/read-image-sizes.js';
import { parseSource, type SourcePage } from './discover/read-sources.js';
import { hashOf } from './hash.js';
import { buildTree } from './tree/build-tree.js';
import type { Guide } from './tree/types.js';

/** A loaded guide and the problems found while loading it. */
export interface LoadedGuide {
  guide: Guide;
  diagnostics: Diagnostic[];
}

/**
 * Parsed pages by file, with the size/mtime stamp and hash of the bytes they were parsed from, so
 * unchanged files are neither read nor parsed again.
 */
export type SourceCache = Map<string, { stamp: string; hash: string; source?: SourcePage; diagnostics: Diagnostic[] }>;

/**
 * Loads a content folder into its navigation tree (no markdown rendered):
 * config, discovery, front matter, authors, numbering, titles, URLs.
 */
export async function loadGuide(root: string, overrides: BuildOverrides = {}): Promise<LoadedGuide> {
  const config = await loadConfig(root, overrides);
  const diagnostics = new DiagnosticBag();
  const guide = readGuide(config, new Map(), diagnostics);
  return { guide, diagnostics: diagnostics.sorted() };
}

/** Discovery, reading (reusing the cached parse of files whose bytes are unchanged) and the tree. */
export function readGuide(config: ResolvedConfig, cache: SourceCache, diagnostics: DiagnosticBag): Guide {
  const files = discoverFiles(config, diagnostics);
  const sources = new Map<string, SourcePage>();
  for (const file of files.pages) {
    const abs = path.join(config.root, file);
    const stat = fs.statSync(abs);
    const stamp = `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
    let entry = cache.get(file);
    if (entry?.stamp !== stamp) {
      const bytes = fs.readFileSync(abs);
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
  const authors = readAuthors(config.root, diagnostics);
  const images = readImageSizes(config.root, files.assets);
  return buildTree({ config, files, sources, authors, images }, diagnostics);
}
