import path from 'node:path';
import type { BrandConfig, LayoutName, LinkConfig, UiStrings, UserConfig } from './define-config.js';

/** Options that come from the caller (the CLI flags), overriding the config file. */
export interface BuildOverrides {
  outDir?: string;
  base?: string;
  drafts?: boolean;
  strict?: boolean;
}

/** One locale of the guide, every default applied. */
export interface ResolvedLocale {
  key: string;
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Its content folder, relative to the content folder, `/`-separated. */
  folder: string;
  /** Its URL prefix below the base: `''` or `fr/`. */
  prefix: string;
  title: string;
  description: string;
}

/** The config the code works with: every default applied, every path absolute. */
export interface ResolvedConfig {
  root: string;
  configFile?: string;
  title: string;
  description: string;
  lang: string;
  /** Whether the config names the title and language itself: a layout's own settings (an mdBook's `book.toml`) give those it does not. */
  written: { title: boolean; lang: boolean };
  /** The layout the config asks for; recognised from the content folder when absent. */
  layout?: LayoutName;
  siteUrl?: string;
  /** Always starts and ends with `/`. */
  base: string;
  outDir: string;
  ignore: string[];
  defaultAuthor?: string;
  theme: string;
  themeDir: string;
  brand: BrandConfig;
  footerLinks: LinkConfig[];
  socialLinks: LinkConfig[];
  lastUpdated: boolean;
  editLink?: string;
  extraCss: string[];
  extraJs: string[];
  remarkPlugins: NonNullable<NonNullable<UserConfig['markdown']>['remarkPlugins']>;
  rehypePlugins: NonNullable<NonNullable<UserConfig['markdown']>['rehypePlugins']>;
  /** What raw HTML in pages does (see `UserConfig.markdown.rawHtml`). */
  rawHtml: 'allow' | 'escape';
  drafts: boolean;
  strict: boolean;
  /** The guide's locales, the default first; empty for a guide in one language. */
  locales: ResolvedLocale[];
  strings: Record<string, UiStrings>;
}

/** Turns what the user wrote (plus CLI overrides) into a {@link ResolvedConfig}. */
export function resolveConfig(
  user: UserConfig,
  root: string,
  overrides: BuildOverrides = {},
  configFile?: string,
): ResolvedConfig {
  const absRoot = path.resolve(root);
  const siteUrl = user.siteUrl ? ensureTrailingSlash(user.siteUrl) : undefined;
  const base = normalizeBase(overrides.base ?? user.base ?? (siteUrl ? new URL(siteUrl).pathname : '/'));
  const title = user.title ?? readableName(path.basename(absRoot));
  const description = user.description ?? '';
  return {
    root: absRoot,
    configFile,
    title,
    description,
    lang: user.lang ?? 'en',
    written: { title: user.title !== undefined, lang: user.lang !== undefined },
    ...(user.layout ? { layout: user.layout } : {}),
    siteUrl,
    base,
    outDir: path.resolve(overrides.outDir ? process.cwd() : absRoot, overrides.outDir ?? user.outDir ?? 'dist'),
    ignore: user.ignore ?? [],
    defaultAuthor: user.defaultAuthor,
    theme: user.theme ?? '@guidekit/theme-default',
    themeDir: path.resolve(absRoot, user.themeDir ?? 'theme'),
    brand: user.brand ?? {},
    footerLinks: user.footerLinks ?? [],
    socialLinks: user.socialLinks ?? [],
    lastUpdated: user.lastUpdated ?? false,
    editLink: user.editLink,
    extraCss: user.extraCss ?? [],
    extraJs: user.extraJs ?? [],
    remarkPlugins: user.markdown?.remarkPlugins ?? [],
    rehypePlugins: user.markdown?.rehypePlugins ?? [],
    rawHtml: user.markdown?.rawHtml ?? 'allow',
    drafts: overrides.drafts ?? false,
    strict: overrides.strict ?? false,
    locales: resolveLocales(user, title, description),
    strings: user.strings ?? {},
  };
}

const RTL = /^(ar|arc|dv|fa|ha|he|khw|ks|ku|ps|sd|ur|yi)(-|$)/i;

/** `rtl` for a language written right to left (`ar`, `he-IL`…), else `ltr`. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RTL.test(lang) ? 'rtl' : 'ltr';
}

/** The configured locales, the default one first, each with its folder and URL prefix. */
function resolveLocales(user: UserConfig, title: string, description: string): ResolvedLocale[] {
  const keys = Object.keys(user.locales ?? {});
  if (keys.length === 0) return [];
  const defaultKey = user.defaultLocale && keys.includes(user.defaultLocale) ? user.defaultLocale : keys[0]!;
  return [defaultKey, ...keys.filter((k) => k !== defaultKey)].map((key) => {
    const locale = user.locales![key]!;
    const lang = locale.lang ?? key;
    return {
      key,
      label: locale.label ?? key,
      lang,
      dir: locale.dir ?? textDirection(lang),
      folder: (locale.folder ?? key).replace(/^\.?\/+|\/+$/g, ''),
      prefix: key === defaultKey && !user.prefixDefaultLocale ? '' : `${key}/`,
      title: locale.title ?? title,
      description: locale.description ?? description,
    };
  });
}

/** `guides/pm` → `/guides/pm/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function ensureTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** `my-guide_v2` → `My guide v2`. */
export function readableName(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
