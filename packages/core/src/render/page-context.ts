import type { FaqItem, Heading } from '../markdown/page-data.js';
import type { Author, Guide, PageNode } from '../tree/types.js';
import { VERSION } from '../version.js';
import type { PrintSection } from './print-context.js';
import { publicUrl } from './public-url.js';

/** A link in navigation, breadcrumbs, lists and prev/next. */
export interface LinkItem {
  /** Title with the chapter number for chapters (`3. Software Product Manager`). */
  label: string;
  title: string;
  url: string;
  description: string;
  number?: number;
}

/** A link without description: what navigation, breadcrumbs and prev/next show. */
export type LinkRef = Omit<LinkItem, 'description'>;

/**
 * An entry of the sidebar tree. Only the current chapter's subtree is expanded into `children`.
 * It carries no description, so editing a page's text never changes other pages' sidebars.
 */
export interface NavItem extends LinkRef {
  /** This is the page being rendered. */
  current: boolean;
  /** The page being rendered is this item or below it. */
  active: boolean;
  /** The item has sub-topics (whether or not they are listed in `children`). */
  hasChildren: boolean;
  children: NavItem[];
}

/** The theme-independent part of every page's context. */
export interface SiteContext {
  title: string;
  description: string;
  lang: string;
  /** Base path, starting and ending with `/`. */
  base: string;
  siteUrl?: string;
  brand: Guide['config']['brand'];
  footerLinks: Guide['config']['footerLinks'];
  socialLinks: Guide['config']['socialLinks'];
  home: LinkRef;
  /** Stylesheet and script URLs of the theme and the config, in order. */
  css: string[];
  js: string[];
  generator: string;
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
  headings: Heading[];
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
  frontMatter: Record<string, unknown>;
}

/** What a template receives. */
export interface RenderContext {
  site: SiteContext;
  page: PageContext;
  nav: NavItem[];
}

/** The site context of a build: config, home link, and the theme's stylesheets and scripts. */
export function buildSiteContext(guide: Guide, assets: { css: string[]; js: string[] }): SiteContext {
  const { config } = guide;
  return {
    title: config.title,
    description: config.description,
    lang: config.lang,
    base: config.base,
    siteUrl: config.siteUrl,
    brand: config.brand.logo ? { ...config.brand, logo: publicUrl(config.base, config.brand.logo) } : config.brand,
    footerLinks: config.footerLinks,
    socialLinks: config.socialLinks,
    home: linkRef(guide.home),
    css: assets.css,
    js: assets.js,
    generator: `guidekit ${VERSION}`,
  };
}

/** Reading speed used for reading time. */
const WORDS_PER_MINUTE = 220;

/** A page node as a link. */
export function linkRef(node: PageNode): LinkRef {
  return { label: node.label, title: node.title, url: node.url, number: node.number };
}

/** A page node as a link with its description, for lists of sub-topics. */
export function linkItem(node: PageNode): LinkItem {
  return { ...linkRef(node), description: node.description };
}

/**
 * Makes the sidebar of each page of a build: every chapter, and the subtree of the chapter that
 * holds the page. An entry off the page's branch is the same object on every page, so a template
 * can render it, or a run of them (see `navRuns`), once per build with `{% memo %}`.
 */
export function createNav(guide: Guide): (current: PageNode | undefined) => NavItem[] {
  const collapsed = new Map<PageNode, NavItem>();
  const entry = (node: PageNode, active: boolean, current: boolean, children: NavItem[]): NavItem => ({
    ...linkRef(node),
    current,
    active,
    hasChildren: node.children.length > 0,
    children,
  });
  return (current) => {
    const ancestors = new Set<PageNode>();
    for (let node = current; node; node = node.parent) ancestors.add(node);
    const item = (node: PageNode): NavItem => {
      if (ancestors.has(node)) return entry(node, true, node === current, node.children.map(item));
      let shared = collapsed.get(node);
      if (!shared) collapsed.set(node, (shared = entry(node, false, false, [])));
      return shared;
    };
    return guide.home.children.map(item);
  };
}

/** Context of one content page: a function of the page, the tree and its rendered body. */
export function buildPageContext(
  guide: Guide,
  node: PageNode,
  body: { html: string; headings: Heading[]; words: number; faq?: FaqItem[] },
  readingIndex: Map<PageNode, number>,
): PageContext {
  const index = readingIndex.get(node)!;
  const prev = guide.pages[index - 1];
  const next = guide.pages[index + 1];
  const breadcrumbs: LinkRef[] = [];
  for (let p = node.parent; p; p = p.parent) breadcrumbs.unshift(linkRef(p));
  const parent = node.parent;
  return {
    layout: node.kind === 'home' ? 'home' : node.children.length > 0 || !node.file ? 'section' : 'article',
    kind: node.kind,
    title: node.title,
    label: node.label,
    number: node.number,
    description: node.description || guide.config.description,
    url: node.url,
    canonical: canonicalUrl(guide, node.path),
    html: body.html,
    headings: body.headings,
    faq: body.faq,
    words: body.words,
    readingMinutes: Math.max(1, Math.round(body.words / WORDS_PER_MINUTE)),
    breadcrumbs,
    prev: prev ? linkRef(prev) : undefined,
    next: next ? linkRef(next) : undefined,
    authors: node.kind === 'home' ? [] : node.authors.map((id) => guide.authors.get(id)!),
    children: node.children.map(linkItem),
    siblings:
      parent && parent.kind !== 'home'
        ? {
            parent: linkRef(parent),
            items: parent.children.map((c) => ({ ...linkRef(c), current: c === node })),
          }
        : undefined,
    articles: [],
    frontMatter: node.frontMatter,
  };
}

/** Context of an author's page: the author and every page they wrote, in reading order. */
export function buildAuthorContext(guide: Guide, author: Author): PageContext {
  const articles = guide.pages.filter((p) => p.kind !== 'home' && p.file && p.authors.includes(author.id));
  return {
    ...emptyPage(guide, 'author', author.name, author.url, author.path),
    description: author.role ? `${author.name}, ${author.role}` : author.name,
    breadcrumbs: [linkRef(guide.home)],
    author,
    articles: articles.map(linkItem),
  };
}

/** Context of the 404 page. */
export function buildNotFoundContext(guide: Guide): PageContext {
  return emptyPage(guide, '404', 'Page not found', `${guide.config.base}404.html`, '404.html');
}

/** The context of a page that is not a content page: no body, no place in the tree. */
export function emptyPage(guide: Guide, layout: 'author' | '404' | 'print', title: string, url: string, path: string): PageContext {
  return {
    layout,
    kind: layout,
    title,
    label: title,
    description: guide.config.description,
    url,
    canonical: layout === '404' ? undefined : canonicalUrl(guide, path),
    html: '',
    headings: [],
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
  return guide.config.siteUrl ? new URL(encodeURI(path), guide.config.siteUrl).href : undefined;
}
