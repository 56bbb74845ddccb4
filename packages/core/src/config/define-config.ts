import type { PluggableList } from 'unified';

/** Brand settings a team sets in config; the theme maps them to CSS custom properties. */
export interface BrandConfig {
  /** Path (under `public/`, or a URL) of a logo shown in the header. */
  logo?: string;
  /** Accent colour, any CSS colour. */
  accent?: string;
  /** Font stack for body text. */
  fontBody?: string;
  /** Font stack for headings. */
  fontHeading?: string;
  /** Font stack for code. */
  fontMono?: string;
}

/** A link shown in the footer or the header's social links. */
export interface LinkConfig {
  label: string;
  url: string;
}

/** A table of UI strings: key → text, or plural forms (`one`, `other`…) → text. */
export type UiStrings = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** One language the guide is published in. */
export interface LocaleConfig {
  /** The language's name in itself, shown in the language picker: `Français`. */
  label: string;
  /** BCP 47 tag of the pages' `lang`. Default: the locale's key. */
  lang?: string;
  /** Writing direction. Default: `rtl` for languages written right to left, else `ltr`. */
  dir?: 'ltr' | 'rtl';
  /** Folder of this locale's content, relative to the content folder. Default: the locale's key. */
  folder?: string;
  /** The guide's name and description in this language. Default: the config's. */
  title?: string;
  description?: string;
}

/**
 * How the content folder is laid out: `folders` (numbered chapters, guidekit's own), `mdbook` (a
 * `book.toml` and `SUMMARY.md`), `docs` (a Docusaurus, Starlight or VitePress docs folder) or
 * `course` (a GitHub course repository of numbered lesson folders).
 */
export type LayoutName = 'folders' | 'mdbook' | 'docs' | 'course';

/** What a user writes in `guidekit.config.js`. Every field is optional. */
export interface UserConfig {
  /** The guide's name, shown in the header and in every page title. */
  title?: string;
  /** One sentence about the guide, the fallback meta description. */
  description?: string;
  /** Language of the content, the `lang` of every page. Default `en`. */
  lang?: string;
  /** Full public URL of the guide (e.g. `https://example.com/guides/pm/`), for canonical links and sitemaps. */
  siteUrl?: string;
  /** Path every URL is served under (e.g. `/guides/pm/`). Default: the path of `siteUrl`, else `/`. */
  base?: string;
  /** Output folder, relative to the content folder. Default `dist`. */
  outDir?: string;
  /** The content folder's layout. Default: recognised from its files (see {@link LayoutName}). */
  layout?: LayoutName;
  /** Glob patterns (relative to the content folder) of files and folders to leave out. */
  ignore?: string[];
  /** Author id applied to pages that name none and inherit none. */
  defaultAuthor?: string;
  /** Theme: a package name or a path to a folder with a `theme.json`. Default `@guidekit/theme-default`. */
  theme?: string;
  /** Folder (relative to the content folder) whose files override the theme's, file by file. Default `theme`. */
  themeDir?: string;
  /** Brand settings for the theme. */
  brand?: BrandConfig;
  /** Footer links. */
  footerLinks?: LinkConfig[];
  /** Social links shown in the header. */
  socialLinks?: LinkConfig[];
  /** Show when each page was last updated, from the date of the last git commit that touched it (front matter `updated` wins). Default false. */
  lastUpdated?: boolean;
  /** The URL of a page's source for editing, with `{path}` for its file below the content folder, e.g. `https://github.com/org/repo/edit/main/docs/{path}`. */
  editLink?: string;
  /** Extra stylesheets and scripts (paths under `public/` or URLs) added to every page. */
  extraCss?: string[];
  extraJs?: string[];
  /**
   * The languages the guide is published in, by key (the URL prefix): `{ en: { label: 'English' },
   * fr: { label: 'Français' } }`. Each locale's content is in its own folder; a page a translation
   * lacks is shown from the default locale, marked untranslated.
   */
  locales?: Record<string, LocaleConfig>;
  /** The locale whose tree gives the guide its order and numbering. Default: the first of `locales`. */
  defaultLocale?: string;
  /** Serve the default locale under its own prefix (`/en/…`) rather than at the root. Default `false`. */
  prefixDefaultLocale?: boolean;
  /** UI strings by language, overriding the theme's key by key: `{ fr: { 'toc.title': 'Dans cette page' } }`. */
  strings?: Record<string, UiStrings>;
  /** The user's own unified plugins, run after guidekit's own. */
  markdown?: {
    remarkPlugins?: PluggableList;
    rehypePlugins?: PluggableList;
    /**
     * What raw HTML written in a page does: `allow` (the default) puts it into the page as
     * written, the author's choice; `escape` shows it as text, for content from authors who are
     * not trusted.
     */
    rawHtml?: 'allow' | 'escape';
  };
}

/**
 * Types a config object for editors; returns it unchanged.
 *
 * @example
 * export default defineConfig({ title: 'My Guide', base: '/guides/my/' });
 */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
