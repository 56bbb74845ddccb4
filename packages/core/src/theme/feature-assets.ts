import fs from 'node:fs';
import path from 'node:path';
import { listFiles } from '../support/list-files.js';
import { resolveOptional } from '../support/optional-package.js';
import type { Theme } from './resolve-theme.js';

/** The files of one feature, loaded only by the pages that have it and copied only when one does. */
export interface FeatureFiles {
  /** Stylesheets and scripts a page with the feature loads, below `_assets/`, in order. */
  css: string[];
  js: string[];
  /** Files to copy: path below `_assets/` → absolute source file. */
  files: Map<string, string>;
  /** What changes when a file changes, by path: its package's version, or the theme file's hash. */
  versions: Map<string, string>;
}

/**
 * The files of each page feature: KaTeX's stylesheet and fonts for math, mermaid's browser build for
 * diagrams (one script, which works from any host and from disk), each followed by the theme's own
 * files for it (`features` in `theme.json`, e.g. the script that draws the diagrams, the components'
 * stylesheet). `assets` and
 * `assetHashes` are the theme's (see `readThemeFiles`); the theme's feature files are taken out of
 * `assets`, which every site copies. mermaid is an optional package (resolved from guidekit, else
 * from the guide's `root`): without it there is no `diagrams` feature, and the pages keep their
 * diagrams' source.
 */
export function readFeatureFiles(theme: Theme, assets: Map<string, string>, assetHashes: ReadonlyMap<string, string>, root?: string): Record<string, FeatureFiles> {
  const katexDir = packageDir('katex')!;
  const katex = packageFiles('katex', katexDir, ['katex.min.css', ...listFiles(path.join(katexDir, 'dist', 'fonts')).map((f) => `fonts/${f}`)]);
  const mermaidDir = packageDir('mermaid', root);
  const vendor: Record<string, { css: string[]; js: string[]; files: Map<string, string>; version: string }> = {
    math: { css: ['katex/katex.min.css'], js: [], ...katex },
    ...(mermaidDir && { diagrams: { css: [], js: ['mermaid/mermaid.min.js'], ...packageFiles('mermaid', mermaidDir, ['mermaid.min.js']) } }),
  };
  const result: Record<string, FeatureFiles> = {};
  for (const feature of [...new Set([...Object.keys(vendor), ...Object.keys(theme.features)])].sort()) {
    const own = theme.features[feature] ?? { css: [], js: [] };
    const { files, version } = vendor[feature] ?? { files: new Map<string, string>(), version: '' };
    const versions = new Map([...files.keys()].map((file) => [file, version]));
    for (const file of [...own.css, ...own.js]) {
      const source = assets.get(file);
      if (!source) continue;
      files.set(file, source);
      versions.set(file, assetHashes.get(file)!);
      assets.delete(file);
    }
    // The theme's diagram files are taken out of `assets` all the same: they only work with mermaid.
    if (feature === 'diagrams' && !mermaidDir) continue;
    result[feature] = { css: [...(vendor[feature]?.css ?? []), ...own.css], js: [...(vendor[feature]?.js ?? []), ...own.js], files, versions };
  }
  return result;
}

/** Files of a package's `dist/`, to copy below `_assets/<name>/`, and the package's version. */
function packageFiles(name: string, dir: string, files: string[]): { files: Map<string, string>; version: string } {
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  return { files: new Map(files.map((file) => [`${name}/${file}`, path.join(dir, 'dist', file)])), version };
}

/** A package's folder; undefined when it is not installed. */
function packageDir(name: string, root?: string): string | undefined {
  const manifest = resolveOptional(`${name}/package.json`, root);
  return manifest && path.dirname(manifest);
}
