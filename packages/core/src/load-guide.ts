import { loadConfig } from './config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from './config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { discoverFiles } from './discover/discover-files.js';
import { readAuthors } from './discover/read-authors.js';
import { readSource, type SourcePage } from './discover/read-sources.js';
import { buildTree } from './tree/build-tree.js';
import type { Guide } from './tree/types.js';

/** A loaded guide and the problems found while loading it. */
export interface LoadedGuide {
  guide: Guide;
  diagnostics: Diagnostic[];
}

/**
 * Loads a content folder into its navigation tree (no markdown rendered):
 * config, discovery, front matter, authors, numbering, titles, URLs.
 */
export async function loadGuide(root: string, overrides: BuildOverrides = {}): Promise<LoadedGuide> {
  const config = await loadConfig(root, overrides);
  const diagnostics = new DiagnosticBag();
  const guide = readGuide(config, diagnostics);
  return { guide, diagnostics: diagnostics.sorted() };
}

/** Discovery, reading and the tree for a resolved config. */
export function readGuide(config: ResolvedConfig, diagnostics: DiagnosticBag): Guide {
  const files = discoverFiles(config, diagnostics);
  const sources = new Map<string, SourcePage>();
  for (const file of files.pages) {
    const source = readSource(config.root, file, diagnostics);
    if (source) sources.set(file, source);
  }
  const authors = readAuthors(config.root, diagnostics);
  return buildTree({ config, files, sources, authors }, diagnostics);
}
