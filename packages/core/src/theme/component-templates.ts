import fs from 'node:fs';
import path from 'node:path';
import { hashOf } from '../support/hash.js';
import { layerFiles } from './read-theme-files.js';
import type { Theme } from './resolve-theme.js';

/** The folder below a theme's templates that holds the markup of the markdown components. */
export const COMPONENTS_FOLDER = 'components';

/** A component's template, as the markdown stage receives it: plain data a worker thread can take. */
export interface ComponentTemplate {
  /** The template's text (nunjucks). */
  source: string;
  /** A hash of it: pages rendered with another go stale. */
  hash: string;
}

/**
 * The templates of the markdown components (`components/callout.njk`, …) by name: of each name,
 * the most specific layer's. The markdown stage renders them itself, as pages render in worker
 * threads apart from the theme's renderer.
 */
export function readComponentTemplates(theme: Theme): Map<string, ComponentTemplate> {
  const templates = new Map<string, ComponentTemplate>();
  for (const [file, abs] of layerFiles(theme.layers.map((layer) => path.join(layer.templatesDir, COMPONENTS_FOLDER)))) {
    if (!file.endsWith('.njk') || file.includes('/')) continue;
    const source = fs.readFileSync(abs, 'utf8');
    templates.set(file.slice(0, -'.njk'.length), { source, hash: hashOf(source) });
  }
  return templates;
}
