import path from 'node:path';
import { hashOf } from '../support/hash.js';
import type { BannerConfig, BrandConfig, HeadTagConfig, LinkConfig, SidebarEntryConfig, SocialLinkConfig, UiStrings, UserConfig } from './define-config.js';

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
  socialLinks: SocialLinkConfig[];
  headerLinks: LinkConfig[];
  sidebar: { links: SidebarEntryConfig[]; expand: 'all' | 'current' };
  /** Heading levels of the table of contents, `min` ≤ `max`. */
  toc: { min: number; max: number };
  /** The announcement, its `id` always set. */
  banner?: Required<Pick<BannerConfig, 'id'>> & BannerConfig;
  head: HeadTagConfig[];
  analytics?: string;
  image?: string;
  socialCards: boolean;
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
    headerLinks: user.headerLinks ?? [],
    sidebar: { links: user.sidebar?.links ?? [], expand: user.sidebar?.expand ?? 'all' },
    toc: resolveTocRange(user.toc, { min: 2, max: 3 }),
    ...(user.banner ? { banner: { ...user.banner, id: user.banner.id ?? hashOf(user.banner.text, user.banner.link?.url ?? '').slice(0, 12) } } : {}),
    head: user.head ?? [],
    ...(user.analytics ? { analytics: user.analytics } : {}),
    ...(user.image ? { image: user.image } : {}),
    socialCards: user.socialCards ?? false,
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

/**
 * A table of contents range with its gaps filled from `fallback`; a `min` above the fallback's
 * `max` lists that one level.
 */
export function resolveTocRange(range: { min?: number; max?: number } | undefined, fallback: { min: number; max: number }): { min: number; max: number } {
  const min = range?.min ?? fallback.min;
  return { min, max: range?.max ?? Math.max(min, fallback.max) };
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
