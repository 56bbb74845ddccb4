import path from 'node:path';
import { resolveCheckConfig, type ResolvedCheckConfig } from './check-config.js';
import { PORTABLE_ROOT } from '../support/portable-urls.js';
import { hashOf } from '../support/hash.js';
import type { BannerConfig, BrandConfig, EpubConfig, HeadTagConfig, LayoutName, LinkConfig, SidebarEntryConfig, SocialLinkConfig, UiStrings, UserConfig } from './define-config.js';

/** Options that come from the caller (the CLI flags), overriding the config file. */
export interface BuildOverrides {
  outDir?: string;
  base?: string;
  drafts?: boolean;
  strict?: boolean;
  /** Build the portable edition (see `UserConfig.portable`). */
  portable?: boolean;
  /** Also write the output as `guide.zip` (see `UserConfig.zip`). */
  zip?: boolean;
  /** Also write the EPUB edition (config `epub`). */
  epub?: boolean;
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

/** One version of the guide, every default applied. */
export interface ResolvedVersion {
  /** Its key: the name in its URLs (`1.x`), or `current` for the latest. */
  key: string;
  /** Its name in the version picker; empty for a latest without a label (the theme names it). */
  label: string;
  /** Its content folder, relative to the content folder, `/`-separated: `''` for the latest. */
  folder: string;
  /** Its URL prefix below the locale's: `''` for the latest, else `1.x/`. */
  prefix: string;
  /** The current content: every older version points its readers here. */
  latest: boolean;
  /** The git ref its content is read from; its pages then have paths below `folder` as if it held them. */
  ref?: string;
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
  /** Always starts and ends with `/`; `PORTABLE_ROOT` in a portable build. */
  base: string;
  /** A portable build: URLs relative to each file, a search index that loads from disk. */
  portable: boolean;
  /** Also write the output folder as `guide.zip` inside it. */
  zip: boolean;
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
  /** The EPUB edition, when one is written (config `epub`, or `--epub`). */
  epub?: EpubConfig;
  extraCss: string[];
  extraJs: string[];
  remarkPlugins: NonNullable<NonNullable<UserConfig['markdown']>['remarkPlugins']>;
  rehypePlugins: NonNullable<NonNullable<UserConfig['markdown']>['rehypePlugins']>;
  rehypePluginsAfter: NonNullable<NonNullable<UserConfig['markdown']>['rehypePlugins']>;
  /** Whether code blocks number their lines unless they say otherwise (see `UserConfig.markdown.lineNumbers`). */
  lineNumbers: boolean;
  /** What raw HTML in pages does (see `UserConfig.markdown.rawHtml`). */
  rawHtml: 'allow' | 'escape';
  drafts: boolean;
  strict: boolean;
  /** The guide's locales, the default first; empty for a guide in one language. */
  locales: ResolvedLocale[];
  /** The guide's versions, the latest first; empty for a guide without versions. */
  versions: ResolvedVersion[];
  strings: Record<string, UiStrings>;
  /** Chapter and section numbers shown (see `UserConfig.numbering`). */
  numbering: boolean;
  check: ResolvedCheckConfig;
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
  const portable = overrides.portable ?? user.portable ?? false;
  // A portable build has no base: its URLs are made under a root each file resolves relative to itself.
  const base = portable ? PORTABLE_ROOT : normalizeBase(overrides.base ?? user.base ?? (siteUrl ? new URL(siteUrl).pathname : '/'));
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
    portable,
    zip: overrides.zip ?? user.zip ?? false,
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
    ...resolveEpub(overrides.epub ?? user.epub, user.epub),
    extraCss: user.extraCss ?? [],
    extraJs: user.extraJs ?? [],
    remarkPlugins: user.markdown?.remarkPlugins ?? [],
    rehypePlugins: user.markdown?.rehypePlugins ?? [],
    rehypePluginsAfter: user.markdown?.rehypePluginsAfter ?? [],
    lineNumbers: user.markdown?.lineNumbers ?? false,
    rawHtml: user.markdown?.rawHtml ?? 'allow',
    drafts: overrides.drafts ?? false,
    strict: overrides.strict ?? false,
    locales: resolveLocales(user, title, description),
    versions: resolveVersions(user),
    strings: user.strings ?? {},
    numbering: user.numbering ?? true,
    check: resolveCheckConfig(user.check),
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
      folder: relativeFolder(locale.folder ?? key),
      prefix: key === defaultKey && !user.prefixDefaultLocale ? '' : `${key}/`,
      title: locale.title ?? title,
      description: locale.description ?? description,
    };
  });
}

/** The key of the version that is the content folder itself. */
export const CURRENT_VERSION = 'current';
/** Where an older version's snapshot is, unless its config says: `versions/<key>/`. */
export const VERSIONS_FOLDER = 'versions';

/** The configured versions, the latest (the content folder) first; none when the config names none. */
function resolveVersions(user: UserConfig): ResolvedVersion[] {
  const keys = Object.keys(user.versions ?? {}).filter((key) => key !== CURRENT_VERSION);
  if (keys.length === 0) return [];
  const current = user.versions![CURRENT_VERSION];
  const latest: ResolvedVersion = { key: CURRENT_VERSION, label: current?.label ?? '', folder: '', prefix: '', latest: true };
  return [
    latest,
    ...keys.map((key) => {
      const version = user.versions![key]!;
      const folder = relativeFolder(version.folder ?? `${VERSIONS_FOLDER}/${key}`);
      return { key, label: version.label ?? key, folder, prefix: `${key}/`, latest: false, ...(version.ref ? { ref: version.ref } : {}) };
    }),
  ];
}

/** A folder as the config writes it (`./fr/`, `.`), relative to the content folder: `fr`, `''`. */
function relativeFolder(folder: string): string {
  return folder.replace(/\\/g, '/').replace(/^(\.\/|\/)+|\/+$/g, '').replace(/^\.$/, '');
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

/** The EPUB settings when an EPUB is asked for (by config or by the command line): the config's, if it gives any. */
function resolveEpub(wanted: boolean | EpubConfig | undefined, user: UserConfig['epub']): { epub?: EpubConfig } {
  if (!wanted) return {};
  return { epub: typeof user === 'object' ? { ...user } : {} };
}
