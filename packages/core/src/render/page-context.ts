import { textDirection, type ResolvedConfig } from '../config/resolve-config.js';
import type { FaqItem, Heading } from '../markdown/page-data.js';
import type { Author, Guide, PageNode } from '../model/guide.js';
import { publicUrl } from '../model/public-url.js';
import { localePrefix, NOT_FOUND_FILE } from '../model/site-paths.js';
import type { Translation } from '../navigation/translations.js';
import { breadcrumbs, linkItem, linkRef, prevNext, siblings, subTopics, type LinkItem, type LinkRef, type NavItem } from '../navigation/navigation.js';
import { VERSION } from '../support/version.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { resolveStrings, type StringTable } from './ui-strings.js';
import { tableOfContents, type TocEntry } from './table-of-contents.js';
import { siteChrome, type SiteChrome } from './site-chrome.js';

export type { LinkItem, LinkRef, NavItem } from '../navigation/navigation.js';

/** The theme-independent part of every page's context; the config's header, sidebar and head additions come with {@link SiteChrome}. */
export interface SiteContext extends SiteChrome {
  title: string;
  description: string;
  lang: string;
  /** Writing direction, set when the guide has locales or its language is written right to left. */
  dir?: 'ltr' | 'rtl';
  /** The UI strings of the theme in the page's language (see `resolveStrings`). */
  strings: StringTable;
  /** Base path, starting and ending with `/`. */
  base: string;
  /** Where this locale's pages start: the base path, or `/base/fr/` for a translation. */
  root: string;
  siteUrl?: string;
  brand: ResolvedConfig['brand'];
  footerLinks: ResolvedConfig['footerLinks'];
  home: LinkRef;
  /** The site's icon, when `public/` has one (`favicon.svg`, `.png` or `.ico`): browsers look for it at the root, not under the base path. */
  favicon?: { url: string; type: string };
  /** Stylesheet and script URLs of the theme and the config, in order. */
  css: string[];
  js: string[];
  generator: string;
}

/** One page of the guide inside the print page. */
export interface PrintSection {
  /** The section's id: the page's path below the base, between slashes (`/chapter/topic/`). */
  id: string;
  /** 0 for the home page, 1 for chapters, and so on. */
  depth: number;
  /** Heading level of the page's title: 2 for chapters, 3 below them, and so on (at most 6). */
  level: number;
  /** Section number: `3`, `3.1`, `3.1.2`; absent for the home page and unnumbered chapters. */
  number?: string;
  title: string;
  /** The page's rendered markdown, its ids and links made to work on the one page. */
  html: string;
}

/** Which template renders a page. */
export type Layout = 'home' | 'section' | 'article' | 'author' | '404' | 'print';

/** Everything a template knows about the page it renders. */
export interface PageContext {
  layout: Layout;
  kind: PageNode['kind'] | 'author' | '404' | 'print';
  title: string;
  label: string;
  number?: number;
  description: string;
  url: string;
  /** Absolute URL when `siteUrl` is configured. */
  canonical?: string;
  /** Rendered markdown body (no leading title). */
  html: string;
  /** The headings the table of contents lists (config and front matter `toc`), in order. */
  headings: Heading[];
  /** The same headings nested, each below the nearest higher one; empty for fewer than two. */
  toc: TocEntry[];
  /** The questions and answers of a page marked `faq: true` (the theme writes FAQPage data). */
  faq?: FaqItem[];
  words: number;
  readingMinutes: number;
  breadcrumbs: LinkRef[];
  prev?: LinkRef;
  next?: LinkRef;
  authors: Author[];
  /** Sub-topics of a chapter or group page. */
  children: LinkItem[];
  /** The list this page belongs to (its parent's sub-topics) with the page marked, below chapter level. */
  siblings?: { parent: LinkRef; items: (LinkRef & { current: boolean })[] };
  /** The author an author page is about, and the pages they wrote. */
  author?: Author;
  articles: LinkItem[];
  /** The print page's sections: every page of the guide in reading order. */
  sections?: PrintSection[];
  /** When the page was last updated (front matter `updated`, or its last commit). */
  updated?: string;
  /** Where the page's source can be edited (config `editLink`). */
  editUrl?: string;
  /**
   * The picture link previews show (`og:image`): front matter `image`, the page's social card
   * (with its size), or config `image`; its URL absolute when `siteUrl` is set.
   */
  image?: { url: string; width?: number; height?: number };
  frontMatter: Record<string, unknown>;
  /** In a guide with locales: the page in every locale (`href` is absolute when `siteUrl` is set). */
  translations?: (Translation & { href: string })[];
  /** The page is the default locale's, shown because this locale has no translation of it. */
  untranslated?: {
    lang: string;
    dir: 'ltr' | 'rtl';
    /** The default locale's name in itself (`English`), and in the page's language (`anglais`). */
    label: string;
    name: string;
  };
}

/** What a template receives. */
export interface RenderContext {
  site: SiteContext;
  page: PageContext;
  nav: NavItem[];
}

/** The site context of a build: config, home link, and the theme's stylesheets and scripts. */
export function buildSiteContext(
  config: ResolvedConfig,
  guide: Guide,
  theme: { css: string[]; js: string[]; strings: ReadonlyMap<string, StringTable> },
  publicFiles: readonly string[],
  diagnostics?: DiagnosticBag,
): SiteContext {
  const dir = textDirection(guide.lang);
  const favicon = FAVICONS.find(([file]) => publicFiles.includes(file));
  return {
    title: guide.title,
    description: guide.description,
    lang: guide.lang,
    ...(guide.locale ? { dir: guide.locale.dir } : dir === 'rtl' ? { dir } : {}),
    strings: resolveStrings(theme.strings, config.strings, guide.lang, diagnostics),
    base: config.base,
    root: config.base + localePrefix(guide),
    siteUrl: config.siteUrl,
    brand: config.brand.logo ? { ...config.brand, logo: publicUrl(config.base, config.brand.logo) } : config.brand,
    footerLinks: config.footerLinks,
    ...siteChrome(config),
    home: linkRef(guide.home),
    ...(favicon ? { favicon: { url: publicUrl(config.base, favicon[0]), type: favicon[1] } } : {}),
    css: theme.css,
    js: theme.js,
    generator: `guidekit ${VERSION}`,
  };
}

/** Icons a guide's `public/` may hold, in the order one is chosen, with their types. */
const FAVICONS: [file: string, type: string][] = [
  ['favicon.svg', 'image/svg+xml'],
  ['favicon.png', 'image/png'],
  ['favicon.ico', 'image/x-icon'],
];

/** How a build shows its pages beyond the tree: the table of contents' levels, and each page's picture for link previews. */
export interface PageOptions {
  toc?: { min: number; max: number };
  /** The file of the page's social card below the base, when the build draws them. */
  card?: (node: PageNode) => string | undefined;
  /** Config `image`: a path under `public/` or a URL. */
  image?: string;
}

/** Reading speed used for reading time. */
const WORDS_PER_MINUTE = 220;

/** Context of one content page: a function of the page, the tree and its rendered body. */
export function buildPageContext(
  guide: Guide,
  node: PageNode,
  body: { html: string; headings: Heading[]; words: number; faq?: FaqItem[] },
  translations: Translation[] = [],
  options: PageOptions = {},
): PageContext {
  const image = pageImage(guide, node, options);
  return {
    layout: node.kind === 'home' ? 'home' : node.children.length > 0 || !node.file ? 'section' : 'article',
    kind: node.kind,
    title: node.title,
    label: node.label,
    number: node.number,
    description: node.description || guide.description,
    url: node.url,
    canonical: canonicalUrl(guide, node.path),
    html: body.html,
    ...tableOfContents(node, body.headings, options.toc ?? { min: 2, max: 3 }),
    faq: body.faq,
    words: body.words,
    readingMinutes: Math.max(1, Math.round(body.words / WORDS_PER_MINUTE)),
    breadcrumbs: breadcrumbs(guide, node),
    ...prevNext(guide, node),
    authors: node.kind === 'home' ? [] : node.authors.map((id) => guide.authors.get(id)!),
    children: subTopics(node),
    siblings: siblings(guide, node),
    articles: [],
    ...(node.updated ? { updated: node.updated } : {}),
    ...(guide.editLink && node.file ? { editUrl: guide.editLink.replace('{path}', encodeURI(node.file)) } : {}),
    ...(image ? { image: { ...image, url: absoluteUrl(guide, image.url) } } : {}),
    frontMatter: node.frontMatter,
    ...localeFields(guide, node, translations),
  };
}

/** A page's picture for link previews: its own `image`, its social card, or the config's. */
function pageImage(guide: Guide, node: PageNode, options: PageOptions): PageContext['image'] {
  const own = typeof node.frontMatter.image === 'string' ? node.frontMatter.image : undefined;
  if (own) return { url: publicUrl(guide.base, own) };
  const card = options.card?.(node);
  if (card) return { url: guide.base + encodeURI(card), width: 1200, height: 630 };
  return options.image ? { url: publicUrl(guide.base, options.image) } : undefined;
}

/** What a page of a guide with locales adds: its translations, and whether it is one. */
function localeFields(guide: Guide, node: PageNode | undefined, translations: Translation[]): Partial<PageContext> {
  if (translations.length === 0) return {};
  const fields: Partial<PageContext> = {
    translations: translations.map((t) => ({ ...t, href: absoluteUrl(guide, t.url) })),
  };
  if (node?.untranslated) {
    const original = translations[0]!;
    fields.untranslated = { lang: original.lang, dir: original.dir, label: original.label, name: languageName(original.lang, guide.lang) };
    // The text is the default locale's: search engines are pointed there.
    if (guide.siteUrl) fields.canonical = absoluteUrl(guide, original.url);
  }
  return fields;
}

/** A language's name in another language (`en` in `fr`: `anglais`), through `Intl.DisplayNames`. */
function languageName(lang: string, inLang: string): string {
  try {
    return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** A URL below the base made absolute with `siteUrl`; a URL of another site, or any URL without `siteUrl`, as it is. */
function absoluteUrl(guide: Guide, url: string): string {
  return guide.siteUrl && url.startsWith(guide.base) ? new URL(url.slice(guide.base.length), guide.siteUrl).href : url;
}

/** Context of an author's page: the author and every page they wrote, in reading order. */
export function buildAuthorContext(guide: Guide, author: Author, translations: Translation[] = []): PageContext {
  const articles = guide.pages.filter((p) => p.kind !== 'home' && p.file && p.authors.includes(author.id));
  return {
    ...emptyPage(guide, 'author', author.name, author.url, author.path),
    description: author.role ? `${author.name}, ${author.role}` : author.name,
    breadcrumbs: [linkRef(guide.home)],
    author,
    articles: articles.map(linkItem),
    ...localeFields(guide, undefined, translations),
  };
}

/** Context of the 404 page. */
export function buildNotFoundContext(guide: Guide, title: string): PageContext {
  return emptyPage(guide, '404', title, `${guide.base}${NOT_FOUND_FILE}`, NOT_FOUND_FILE);
}

/** The context of a page that is not a content page: no body, no place in the tree. */
export function emptyPage(guide: Guide, layout: 'author' | '404' | 'print', title: string, url: string, path: string): PageContext {
  return {
    layout,
    kind: layout,
    title,
    label: title,
    description: guide.description,
    url,
    canonical: layout === '404' ? undefined : canonicalUrl(guide, path),
    html: '',
    headings: [],
    toc: [],
    words: 0,
    readingMinutes: 0,
    breadcrumbs: [],
    authors: [],
    children: [],
    articles: [],
    frontMatter: {},
  };
}

function canonicalUrl(guide: Guide, path: string): string | undefined {
  return guide.siteUrl ? new URL(encodeURI(path), guide.siteUrl).href : undefined;
}
