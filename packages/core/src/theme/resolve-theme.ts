import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { isInside } from '../support/is-inside.js';

/** A theme's `theme.json`. */
export interface ThemeManifest {
  name: string;
  /** Package name or path of the theme this one extends. */
  parent?: string;
  /** Folder of nunjucks templates, relative to the manifest. Default `templates`. */
  templates?: string;
  /** Folder of files copied to the output's `_assets/`. Default `assets`. */
  assets?: string;
  /** Folder of UI string tables, one `<lang>.json` each, relative to the manifest. Default `strings`. */
  strings?: string;
  /** Stylesheets and scripts (paths inside `assets`) every page loads, after the parent's. */
  css?: string[];
  js?: string[];
  /**
   * Stylesheets and scripts only the pages that use a feature load, by feature: `math`, `diagrams`,
   * `components` (the directives), `code` (code extras), `tabs` (tabs and code groups). Added to
   * the parent's.
   */
  features?: Record<string, { css?: string[]; js?: string[] }>;
}

/** What the pages that use a feature load (see `ThemeManifest.features`). */
export interface FeatureAssets {
  css: string[];
  js: string[];
}

/** One theme in the chain, most specific first: the guide's `theme/` folder, the theme, its parents. */
export interface ThemeLayer {
  name: string;
  templatesDir: string;
  assetsDir: string;
  stringsDir: string;
}

/** The resolved theme: where templates and assets are looked up, and what every page loads. */
export interface Theme {
  layers: ThemeLayer[];
  css: string[];
  js: string[];
  /** What the pages that use each feature load besides. */
  features: Record<string, FeatureAssets>;
}

/**
 * Resolves the theme chain: the guide's override folder first, then the configured theme and
 * its `parent`s. A theme is a package name or a folder path, each with a `theme.json`.
 */
export function resolveTheme(config: ResolvedConfig): Theme {
  const chain: { dir: string; manifest: ThemeManifest }[] = [];
  const seen = new Set<string>();
  let spec: string | undefined = config.theme;
  let from = config.root;
  while (spec) {
    const dir = locateTheme(spec, from);
    if (seen.has(dir)) throw themeError(`theme "${spec}" extends itself`);
    seen.add(dir);
    const manifest = readManifest(dir);
    chain.push({ dir, manifest });
    spec = manifest.parent;
    from = dir;
  }
  const layers: ThemeLayer[] = [];
  const css: string[] = [];
  const js: string[] = [];
  const features: Record<string, FeatureAssets> = {};
  const add = (manifest: ThemeManifest) => {
    css.push(...(manifest.css ?? []));
    js.push(...(manifest.js ?? []));
    for (const [name, assets] of Object.entries(manifest.features ?? {})) {
      const feature = (features[name] ??= { css: [], js: [] });
      feature.css = unique([...feature.css, ...(assets.css ?? [])]);
      feature.js = unique([...feature.js, ...(assets.js ?? [])]);
    }
  };
  const local = readLocalManifest(config.themeDir);
  for (const { dir, manifest } of [...chain].reverse()) {
    add(manifest);
    layers.unshift(layer(dir, manifest));
  }
  if (fs.existsSync(config.themeDir)) {
    add(local);
    layers.unshift(layer(config.themeDir, local));
  }
  return { layers, css: unique(css), js: unique(js), features };
}

/** The theme's template and asset folders that exist: what a watch session follows. */
export function themeFolders(theme: Theme): string[] {
  return theme.layers.flatMap((l) => [l.templatesDir, l.assetsDir, l.stringsDir]).filter((dir) => fs.existsSync(dir));
}

function layer(dir: string, manifest: ThemeManifest): ThemeLayer {
  return {
    name: manifest.name,
    templatesDir: folderInside(dir, manifest.templates ?? 'templates'),
    assetsDir: folderInside(dir, manifest.assets ?? 'assets'),
    stringsDir: folderInside(dir, manifest.strings ?? 'strings'),
  };
}

/**
 * A folder of a theme, which must lie inside the theme's own folder, links resolved: assets are
 * copied to the output, and a link to `/etc` would publish it.
 */
function folderInside(themeDir: string, name: string): string {
  const dir = path.join(themeDir, name);
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return dir;
  }
  if (!isInside(fs.realpathSync(themeDir), real)) {
    throw themeError(`${path.join(themeDir, name)} leads to ${real}, outside the theme folder: copy the files into it instead`);
  }
  return real;
}

function locateTheme(spec: string, from: string): string {
  if (spec.startsWith('.') || path.isAbsolute(spec)) return path.resolve(from, spec);
  for (const base of [path.join(from, 'package.json'), import.meta.url]) {
    try {
      return path.dirname(createRequire(base).resolve(`${spec}/theme.json`));
    } catch {
      // Not installed where the guide is: try from guidekit's own location.
    }
  }
  throw themeError(`theme "${spec}" not found: install it or give a path to a folder with a theme.json`);
}

function readManifest(dir: string): ThemeManifest {
  const file = path.join(dir, 'theme.json');
  if (!fs.existsSync(file)) throw themeError(`no theme.json in ${dir}`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as ThemeManifest;
  } catch (cause) {
    throw themeError(`${file}: ${(cause as Error).message}`);
  }
}

/** A guide's own `theme/` folder needs no manifest; one may add stylesheets and scripts. */
function readLocalManifest(dir: string): ThemeManifest {
  return fs.existsSync(path.join(dir, 'theme.json')) ? readManifest(dir) : { name: 'local' };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function themeError(message: string): GuidekitError {
  return new GuidekitError([{ severity: 'error', rule: 'theme', message }]);
}
