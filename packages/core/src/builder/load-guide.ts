import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readContent, type Content, type SourceCache } from '../discover/read-content.js';
import type { Guide } from '../model/guide.js';
import { buildTree } from '../tree/build-tree.js';

/** A loaded guide, the config it was loaded with, and the problems found while loading it. */
export interface LoadedGuide {
  config: ResolvedConfig;
  guide: Guide;
  diagnostics: Diagnostic[];
}

/**
 * Loads a content folder into its navigation tree (no markdown rendered): config, discovery,
 * front matter, authors, numbering, titles, URLs.
 */
export async function loadGuide(root: string, overrides: BuildOverrides = {}): Promise<LoadedGuide> {
  const config = await loadConfig(root, overrides);
  const diagnostics = new DiagnosticBag();
  const { guide } = readGuide(config, new Map(), diagnostics);
  return { config, guide, diagnostics: diagnostics.sorted() };
}

/** Reads the content folder (see {@link readContent}) and builds its tree. */
export function readGuide(config: ResolvedConfig, cache: SourceCache, diagnostics: DiagnosticBag): { guide: Guide; content: Content } {
  const content = readContent(config, cache, diagnostics);
  return { guide: buildTree({ config, ...content }, diagnostics), content };
}
