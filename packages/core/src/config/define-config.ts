import type { PluggableList } from 'unified';
import type { CheckConfig } from './check-config.js';

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

/** A social link in the header: an icon (known sites are recognised by their address) named by its label. */
export interface SocialLinkConfig extends LinkConfig {
  /** The icon: `github`, `gitlab`, `mastodon`, `bluesky`, `x`, `linkedin`, `youtube`, `discord`, `rss`; default: from the URL. */
  icon?: string;
}

/** An entry the config adds below the chapters in the sidebar: a link, or a separator with an optional heading. */
export type SidebarEntryConfig = { label: string; url: string; badge?: string } | { separator: true | string };

/** The sidebar's settings. */
export interface SidebarConfig {
  /** Links (to other sites, or pages outside the guide) and separators, below the chapters. */
  links?: SidebarEntryConfig[];
  /**
   * `all` (the default): every chapter's sub-topics are in the sidebar, the other chapters'
   * folded away in a disclosure a reader opens in place; `current`: only the current chapter's,
   * for guides of thousands of pages, whose every page would otherwise carry the whole tree.
   */
  expand?: 'all' | 'current';
}

/** An announcement above the header on every page, which a reader may dismiss (remembered in the browser). */
export interface BannerConfig {
  /** The announcement, as text. */
  text: string;
  /** A link after the text. */
  link?: LinkConfig;
  /** What the dismissal is remembered by: a new id shows the banner again. Default: from the text and link. */
  id?: string;
}

/** An element added to every page's `<head>`: `meta`, `link`, `script` or `style`, with its attributes and content. */
export interface HeadTagConfig {
  tag: 'meta' | 'link' | 'script' | 'style';
  attrs?: Record<string, string | boolean>;
  content?: string;
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

/** One version of a guide published side by side with others (config `versions`). */
export interface VersionConfig {
  /** Its name in the version picker. Default: its key; for `current`, "Latest" in the reader's language. */
  label?: string;
  /** Folder of its content, relative to the content folder. Default `versions/<key>`; `current` is the content folder itself. */
  folder?: string;
  /**
   * A git branch, tag or commit whose content folder is this version, read from the repository
   * (nothing is checked out) instead of a folder: `ref: 'v1.4.0'`.
   */
  ref?: string;
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
  /** Social links shown in the header, each as an icon. */
  socialLinks?: SocialLinkConfig[];
  /** Links in the header, beside the search box: the guide's site, a blog, a changelog. */
  headerLinks?: LinkConfig[];
  /** Links and separators in the sidebar, and how much of the tree it shows. */
  sidebar?: SidebarConfig;
  /** The heading levels every page's table of contents lists. Default `{ min: 2, max: 3 }`; front matter `toc` wins. */
  toc?: { min?: number; max?: number };
  /** An announcement above the header of every page, dismissible. */
  banner?: BannerConfig;
  /** Elements added to every page's `<head>` (checked: meta, link, script and style only, no event handler attributes). */
  head?: HeadTagConfig[];
  /** The picture link previews show for a page (`og:image`): a path under `public/` or a URL. Front matter `image` wins. */
  image?: string;
  /**
   * Draw a card per page (its title, chapter, the guide's name, the brand's accent) as a PNG at
   * build time, for link previews of pages without their own `image`. Default false.
   */
  socialCards?: boolean;
  /** A snippet of HTML (an analytics script) added at the end of every page. Nothing by default. */
  analytics?: string;
  /** Show when each page was last updated, from the date of the last git commit that touched it (front matter `updated` wins). Default false. */
  lastUpdated?: boolean;
  /** The URL of a page's source for editing, with `{path}` for its file below the content folder, e.g. `https://github.com/org/repo/edit/main/docs/{path}`. */
  editLink?: string;
  /**
   * Build a portable edition: every link and asset path relative, page links naming `index.html`,
   * and a search index that loads without a server, so the output works opened from disk
   * (`file://`) and from any folder of any server. Canonical URLs and the sitemap stay absolute
   * when `siteUrl` is set. Default false.
   */
  portable?: boolean;
  /** Also write the whole output folder as `guide.zip` inside it, with fixed timestamps. Default false. */
  zip?: boolean;
  /**
   * Also write the guide as an EPUB 3 book, `<title>.epub` in the output folder (as `guidekit build
   * --epub` does): `true`, or `{ cover: 'cover.png' }` with a cover image under `public/`.
   */
  epub?: boolean | EpubConfig;
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
  /**
   * Versions published side by side: `current` is the content folder (the latest version, at the
   * root of the site), every other key an older version whose snapshot is in `versions/<key>/`,
   * published under `/<key>/`, newest first. `versions.json` (a list of keys, newest first, which
   * `guidekit version <name>` writes) adds its versions before these.
   */
  versions?: Record<string, VersionConfig>;
  /** UI strings by language, overriding the theme's key by key: `{ fr: { 'toc.title': 'Dans cette page' } }`. */
  strings?: Record<string, UiStrings>;
  /**
   * Number the chapters (`3. Software Product Manager`) and their pages. Default true; `false`
   * keeps the order the file names give but shows no numbers. A folder's page can say the same
   * for the pages below it (front matter `numbering: false`).
   */
  numbering?: boolean;
  /** What `guidekit check` reports: a level per rule, and the limits some rules use. */
  check?: CheckConfig;
  /**
   * The user's own unified plugins. Remark plugins run after guidekit's own (callouts,
   * directives); rehype plugins run on the HTML tree before guidekit's (heading ids,
   * highlighting, link resolution, glossary), so they see code and math before the highlighter
   * takes it; `rehypePluginsAfter` run last, on the finished tree.
   */
  markdown?: {
    remarkPlugins?: PluggableList;
    rehypePlugins?: PluggableList;
    rehypePluginsAfter?: PluggableList;
    /** Number the lines of every code block (a block's `noLineNumbers` opts out). Default `false`: blocks opt in with `showLineNumbers`. */
    lineNumbers?: boolean;
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

/** The EPUB edition's settings (config `epub`). */
export interface EpubConfig {
  /** The cover image: a PNG, JPEG, GIF, WebP or SVG file under `public/`. */
  cover?: string;
}
