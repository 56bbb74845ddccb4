import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type nunjucks from 'nunjucks';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import { hashOf } from '../hash.js';
import { listFiles } from '../write/list-files.js';
import type { RenderContext } from './page-context.js';
import { MemoTag } from './memo-tag.js';
import { createNavRuns } from './nav-runs.js';
import { publicUrl } from './public-url.js';
import { THEME_ASSETS_PATH, type Theme } from './resolve-theme.js';

/** Renders page contexts to HTML with the theme's templates. Created once per theme. */
export interface Renderer {
  render(context: RenderContext): string;
  /** Stylesheet and script URLs every page loads: the theme's (versioned by content), then the config's. */
  css: string[];
  js: string[];
  /** Theme assets to copy: path below `_assets/` → absolute source file. */
  assets: Map<string, string>;
  /** Changes whenever a template or asset of the theme changes. */
  signature: string;
}

const require = createRequire(import.meta.url);

/** Creates the nunjucks environment over the theme chain: the guide's overrides first, then each theme. */
export function createRenderer(config: ResolvedConfig, theme: Theme): Renderer {
  const templateDirs = theme.layers.map((l) => l.templatesDir).filter((d) => fs.existsSync(d));
  let env: nunjucks.Environment | undefined;
  const environment = () => (env ??= createEnvironment(templateDirs));
  const assets = layerFiles(theme.layers.map((l) => l.assetsDir));
  const hashes = new Map([...assets].map(([file, abs]) => [file, hashOf(fs.readFileSync(abs))]));
  const assetUrl = (file: string): string => {
    const hash = hashes.get(file);
    if (!hash) throw new GuidekitError([{ severity: 'error', rule: 'theme', message: `theme asset not found: ${file}` }]);
    return `${config.base}${THEME_ASSETS_PATH}${encodeURI(file)}?v=${hash.slice(0, 10)}`;
  };
  const templates = layerFiles(templateDirs);
  const signature = hashOf(
    ...[...templates].map(([file, abs]) => `${file}\n${fs.readFileSync(abs, 'utf8')}`),
    ...[...hashes].map(([file, hash]) => `${file}:${hash}`),
  );
  return {
    css: [...theme.css.map(assetUrl), ...config.extraCss.map((f) => publicUrl(config.base, f))],
    js: [...theme.js.map(assetUrl), ...config.extraJs.map((f) => publicUrl(config.base, f))],
    assets,
    signature,
    render(context) {
      const template = `${context.page.layout}.njk`;
      try {
        return environment().render(template, context);
      } catch (cause) {
        throw new GuidekitError([
          { severity: 'error', rule: 'template', message: `template ${template} failed: ${(cause as Error).message}` },
        ]);
      }
    },
  };
}

/** nunjucks is loaded on the first page rendered: a rebuild that renders nothing does without it. */
function createEnvironment(templateDirs: string[]): nunjucks.Environment {
  const { Environment, FileSystemLoader, runtime } = require('nunjucks') as typeof nunjucks;
  const env = new Environment(new FileSystemLoader(templateDirs), { autoescape: true, trimBlocks: true, lstripBlocks: true });
  env.addFilter('navRuns', createNavRuns());
  return env.addExtension('memo', new MemoTag((html) => new runtime.SafeString(html)));
}

/** Every file below the given folders, relative path → absolute; a file in an earlier folder wins. */
function layerFiles(dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [...dirs].reverse()) {
    for (const file of listFiles(dir)) files.set(file, path.join(dir, file));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
