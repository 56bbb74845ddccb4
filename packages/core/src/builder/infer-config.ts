import type { LayoutName, UserConfig } from '../config/define-config.js';
import { findConfigFile } from '../config/load-config.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { ContentLayout } from '../discover/detect-layout.js';
import { loadGuide } from './load-guide.js';

/** What `guidekit import` learns of a guide written for another tool, and the config that says it. */
export interface InferredConfig {
  layout: LayoutName;
  /** What the layout was recognised by: `book.toml and src/SUMMARY.md`. */
  evidence: string;
  /** Where the order of the pages comes from, in words. */
  order: string;
  /** The guide's authors as its layout names them (an mdBook's `book.toml`). */
  authors: string[];
  /** How many pages the guide has. */
  pages: number;
  /** The config to write: it builds the same site as the folder does without one. */
  config: UserConfig;
  /** What loading the guide found. */
  diagnostics: Diagnostic[];
}

/**
 * Recognises the layout of a content folder that has no config yet and infers the config that
 * names it (layout, title, language). A folder that already has a config is a usage error.
 */
export async function inferConfig(root: string): Promise<InferredConfig> {
  const existing = findConfigFile(root);
  if (existing) {
    throw new GuidekitError(
      [{ severity: 'error', rule: 'import', file: existing, message: `${existing} already exists: nothing was written`, hint: 'edit it, or remove it to import again' }],
      'usage',
    );
  }
  const { guide, layout, diagnostics } = await loadGuide(root);
  const config: UserConfig = { title: guide.title, ...(guide.lang !== 'en' ? { lang: guide.lang } : {}), layout: layout.name };
  return {
    layout: layout.name,
    evidence: layout.evidence,
    order: orderSource(layout),
    authors: layout.book?.authors ?? [],
    pages: guide.pages.length,
    config,
    diagnostics,
  };
}

function orderSource(layout: ContentLayout): string {
  switch (layout.name) {
    case 'mdbook':
      return `${layout.book!.summaryFile}: its chapters, parts and numbering`;
    case 'docs':
      return '_category_ files (label, position, collapsed), front matter sidebar_position, then the numbers in names';
    case 'course':
      return 'the numbers of the lesson folders; translations/ folders are left out';
    default:
      return 'the numbers in file and folder names, front matter order';
  }
}
