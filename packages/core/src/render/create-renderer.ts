import { createRequire } from 'node:module';
import type nunjucks from 'nunjucks';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { RenderContext } from './page-context.js';
import { MemoTag } from './memo-tag.js';
import { templateError } from './template-error.js';
import { createNavRuns } from './nav-runs.js';
import { publicUrl } from '../model/public-url.js';
import { THEME_ASSETS_PATH } from '../model/site-paths.js';
import { readThemeFiles, type StringTable } from '../theme/read-theme-files.js';
import { readFeatureFiles } from '../theme/feature-assets.js';
import type { Theme } from '../theme/resolve-theme.js';
import { translatorFor } from './ui-strings.js';

/** Renders page contexts to HTML with the theme's templates. Created once per theme. */
export interface Renderer {
  render(context: RenderContext): string;
  /** Stylesheet and script URLs every page loads: the theme's (versioned by content), then the config's. */
  css: string[];
  js: string[];
  /** Theme assets every site copies: path below `_assets/` → absolute source file. */
  assets: Map<string, string>;
  /**
   * What the pages that use a feature (math, diagrams, components, code extras, tabs) load besides
   * (URLs), and the files to copy below `_assets/` when a page uses it.
   */
  features: Record<string, { css: string[]; js: string[]; files: Map<string, string> }>;
  /** The theme's UI string tables, by language. */
  strings: ReadonlyMap<string, StringTable>;
  /** Changes whenever a template or asset of the theme changes. */
  signature: string;
}

const require = createRequire(import.meta.url);

/** Creates the nunjucks environment over the theme chain: the guide's overrides first, then each theme. */
export function createRenderer(config: ResolvedConfig, theme: Theme): Renderer {
  const { templateDirs, templates, assets, assetHashes, strings, signature } = readThemeFiles(theme);
  const featureFiles = readFeatureFiles(theme, assets, assetHashes, config.root);
  let env: nunjucks.Environment | undefined;
  const environment = () => (env ??= createEnvironment(templateDirs, templates, assetUrl));
  const assetUrl = (file: string): string => {
    const hash = assetHashes.get(file);
    if (!hash) throw new GuidekitError([{ severity: 'error', rule: 'theme', message: `theme asset not found: ${file}` }]);
    return `${config.base}${THEME_ASSETS_PATH}${encodeURI(file)}?v=${hash.slice(0, 10)}`;
  };
  return {
    css: [...theme.css.map(assetUrl), ...config.extraCss.map((f) => publicUrl(config.base, f))],
    js: [...theme.js.map(assetUrl), ...config.extraJs.map((f) => publicUrl(config.base, f))],
    assets,
    features: Object.fromEntries(
      Object.entries(featureFiles).map(([feature, { css, js, files, versions }]) => {
        const url = (file: string) => `${config.base}${THEME_ASSETS_PATH}${encodeURI(file)}?v=${versions.get(file)?.slice(0, 10) ?? ''}`;
        return [feature, { css: css.map(url), js: js.map(url), files }];
      }),
    ),
    strings,
    signature,
    render(context) {
      const template = `${context.page.layout}.njk`;
      try {
        // `t` looks up the page's UI strings (see `translatorFor`).
        const html = environment().render(template, { ...context, t: translatorFor(context.site.strings, context.site.lang) });
        // nunjucks answers null, not an error, for some failures of the templates a template includes.
        if (typeof html !== 'string') throw new Error(`${template} gave no page`);
        return html;
      } catch (cause) {
        throw new GuidekitError([templateError(cause, template, context.page.url, config.root)]);
      }
    },
  };
}

/**
 * nunjucks is loaded, and the templates parsed, on the first page rendered: a rebuild that renders
 * nothing does without them.
 * Templates get `asset(file)`, the versioned URL of a theme asset no page loads by itself (a
 * script's own scripts and styles, loaded when needed).
 */
function createEnvironment(templateDirs: string[], templates: string[], assetUrl: (file: string) => string): nunjucks.Environment {
  const { Environment, FileSystemLoader, runtime } = require('nunjucks') as typeof nunjucks;
  const env = new Environment(new FileSystemLoader(templateDirs), { autoescape: true, trimBlocks: true, lstripBlocks: true });
  env.addFilter('navRuns', createNavRuns());
  env.addFilter('cssString', (value: unknown) => new runtime.SafeString(cssString(String(value ?? ''))));
  env.addGlobal('asset', assetUrl);
  // A name put into a sentence keeps its own direction (Unicode's first-strong isolate): `1.x` in Arabic stays `1.x`.
  env.addFilter('isolate', (text: unknown) => `\u2068${String(text)}\u2069`);
  env.addExtension('memo', new MemoTag((html) => new runtime.SafeString(html)));
  // Every template is parsed now: nunjucks reports a template that an included one fails to parse
  // by returning null and throwing later, out of reach, where a parse error here is the build's.
  for (const name of templates) env.getTemplate(name, true);
  return env;
}

/**
 * Text as a quoted CSS string, safe inside a `<style>` element: what the `cssString` filter
 * writes (a print page's running chapter titles are CSS `content`).
 */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}
