import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Guide } from '../tree/types.js';
import { linkItem, type RenderContext, type SiteContext } from './page-context.js';
import { THEME_ASSETS_PATH, type Theme } from './resolve-theme.js';
import { VERSION } from '../version.js';

/** Renders page contexts to HTML with the theme's templates. */
export interface Renderer {
  site: SiteContext;
  render(context: Omit<RenderContext, 'site'>): string;
  /** Theme assets to copy: output path below `_assets/` → absolute source file. */
  assets: Map<string, string>;
}

/** Creates the nunjucks environment over the theme chain, and the site context every page shares. */
export function createRenderer(guide: Guide, theme: Theme): Renderer {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader(
      theme.layers.map((l) => l.templatesDir).filter((d) => fs.existsSync(d)),
      { noCache: false },
    ),
    { autoescape: true, trimBlocks: true, lstripBlocks: true, throwOnUndefined: false },
  );
  const assets = collectAssets(theme);
  const { config } = guide;
  const site: SiteContext = {
    title: config.title,
    description: config.description,
    lang: config.lang,
    base: config.base,
    siteUrl: config.siteUrl,
    brand: config.brand,
    footerLinks: config.footerLinks,
    socialLinks: config.socialLinks,
    home: linkItem(guide.home),
    css: [...theme.css.map((f) => assetUrl(config, assets, f)), ...config.extraCss.map((f) => publicUrl(config, f))],
    js: [...theme.js.map((f) => assetUrl(config, assets, f)), ...config.extraJs.map((f) => publicUrl(config, f))],
    generator: `guidekit ${VERSION}`,
  };
  return {
    site,
    assets,
    render(context) {
      const template = `${context.page.layout}.njk`;
      try {
        return env.render(template, { ...context, site });
      } catch (cause) {
        throw new GuidekitError([
          { severity: 'error', rule: 'template', message: `template ${template} failed: ${(cause as Error).message}` },
        ]);
      }
    },
  };
}

/** Every file of every theme layer's assets folder; a more specific layer's file wins. */
function collectAssets(theme: Theme): Map<string, string> {
  const assets = new Map<string, string>();
  for (const layer of [...theme.layers].reverse()) {
    if (!fs.existsSync(layer.assetsDir)) continue;
    for (const entry of fs.readdirSync(layer.assetsDir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
      if (!entry.isFile()) continue;
      const abs = path.join(entry.parentPath, entry.name);
      assets.set(path.relative(layer.assetsDir, abs).split(path.sep).join('/'), abs);
    }
  }
  return new Map([...assets].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** URL of a theme asset, versioned by its content so caches never serve a stale copy. */
function assetUrl(config: ResolvedConfig, assets: Map<string, string>, file: string): string {
  const source = assets.get(file);
  if (!source) {
    throw new GuidekitError([{ severity: 'error', rule: 'theme', message: `theme asset not found: ${file}` }]);
  }
  const hash = createHash('sha256').update(fs.readFileSync(source)).digest('hex').slice(0, 10);
  return `${config.base}${THEME_ASSETS_PATH}${encodeURI(file)}?v=${hash}`;
}

/** A config `extraCss`/`extraJs` entry: a URL as is, else a path under `public/`. */
function publicUrl(config: ResolvedConfig, file: string): string {
  return /^[a-z][a-z\d+.-]*:|^\/\//i.test(file) ? file : config.base + encodeURI(file.replace(/^\.?\/+/, ''));
}
