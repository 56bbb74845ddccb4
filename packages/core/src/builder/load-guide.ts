import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ContentLayout } from '../discover/detect-layout.js';
import { readContent, type Content, type SourceCache } from '../discover/read-content.js';
import type { Guide } from '../model/guide.js';
import { buildTree } from '../tree/build-tree.js';
import { checkVersions } from '../tree/check-versions.js';
import { guideVariants } from '../tree/guide-variants.js';

/** A loaded guide, the config it was loaded with, and the problems found while loading it. */
export interface LoadedGuide {
  config: ResolvedConfig;
  /** The guide; with locales or versions, the latest version's default locale's tree. */
  guide: Guide;
  /** One tree per variant, the latest version's default locale first (just `guide` without locales or versions). */
  guides: Guide[];
  /** The content folder's layout, as recognised or as the config names it. */
  layout: ContentLayout;
  diagnostics: Diagnostic[];
}

/**
 * Loads a content folder into its navigation tree (no markdown rendered): config, discovery,
 * front matter, authors, numbering, titles, URLs.
 */
export async function loadGuide(root: string, overrides: BuildOverrides = {}): Promise<LoadedGuide> {
  const config = await loadConfig(root, overrides);
  const diagnostics = new DiagnosticBag();
  const { guide, guides, content } = readGuide(config, new Map(), diagnostics);
  return { config, guide, guides, layout: content.layout, diagnostics: diagnostics.sorted() };
}

/** Reads the content folder (see {@link readContent}) and builds its tree, one per locale of each version. */
export function readGuide(config: ResolvedConfig, cache: SourceCache, diagnostics: DiagnosticBag): { guide: Guide; guides: Guide[]; content: Content } {
  const content = readContent(config, cache, diagnostics);
  const input = { config, ...content };
  const variants = guideVariants(config);
  const guides = variants.length === 0 ? [buildTree(input, diagnostics)] : variants.map((variant) => buildTree(input, diagnostics, variant));
  if (config.versions.length > 0) checkVersions(config, guides, content.files.pages, diagnostics);
  return { guide: guides[0]!, guides, content };
}
