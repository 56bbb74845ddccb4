/**
 * The guide as plain data: the tree of pages in reading order, the authors, and what the guide is
 * called. Built once per build by `buildTree` and read-only after; every stage after the tree
 * reads it, none changes it. It holds no parent pointers and no functions, so it can be sent to a
 * worker or saved as it is.
 */

/** The keys guidekit reads from a page's front matter. Others are kept for templates. */
export interface FrontMatter {
  title?: string;
  description?: string;
  slug?: string;
  order?: number;
  draft?: boolean;
  /** Author ids, from `author:` or `authors:`. */
  authors?: string[];
  /** How the page shows in the sidebar: another label, a badge, left out; a folder's page may start open (`collapsed: false`). */
  sidebar?: SidebarSettings;
  /** The heading levels of the table of contents, or `false` for none. */
  toc?: TocRange | false;
  /** The page that prev/next leads to instead of its neighbour in reading order (a path, as links are written), or `false` for none. */
  prev?: string | false;
  next?: string | false;
  /** The picture link previews show (`og:image`): a path under `public/` or a URL. */
  image?: string;
  /** Any other keys, untouched, for themes. */
  [key: string]: unknown;
}

/** Front matter `sidebar`: how a page shows in the sidebar. */
export interface SidebarSettings {
  /** Shown instead of the title. */
  label?: string;
  /** Left out of the sidebar (the page is still built, linked and searched). */
  hidden?: boolean;
  /** A short word beside the label: `New`, `Beta`. */
  badge?: string;
  /** On a folder's page: `false` shows its sub-topics open on every page. */
  collapsed?: boolean;
}

/** Heading levels from `min` to `max` (2–6). */
export interface TocRange {
  min?: number;
  max?: number;
}

/** Where a page sits: the home page, a top-level chapter, a folder below it, or a page below it. */
export type PageKind = 'home' | 'chapter' | 'group' | 'article';

/**
 * A page's place in the guide's numbering: `[3]` for chapter 3, `[3, 1, 2]` for the second
 * sub-topic of its first sub-topic; empty for the home page and for unnumbered chapters and the
 * pages below them.
 */
export type SectionNumber = readonly number[];

/** One page of the guide and its place in the navigation tree. */
export interface PageNode {
  /** Unique key: the source file, or `dir/` for a folder without its own page. */
  readonly id: string;
  readonly kind: PageKind;
  /** Source markdown file relative to the content folder; absent for a folder without index.md/README.md. */
  readonly file?: string;
  /** The folder this node stands for, when it is a folder. */
  readonly dir?: string;
  readonly title: string;
  /** Chapter number shown in navigation and titles (top-level chapters only). */
  readonly number?: number;
  /** Its place in the guide's numbering (see {@link SectionNumber}). */
  readonly section: SectionNumber;
  /** What navigation shows: `3. Software Product Manager` for chapters, the title otherwise. */
  readonly label: string;
  readonly description: string;
  /** When the page was last updated (`YYYY-MM-DD` or as front matter `updated` says), when known. */
  readonly updated?: string;
  /** Output path below the base, `/`-separated, `''` for home, else ending in `/`. */
  readonly path: string;
  /** The link to the page: base + path, percent-encoded. */
  readonly url: string;
  /** Author ids, after inheritance. */
  readonly authors: readonly string[];
  readonly frontMatter: Readonly<FrontMatter>;
  readonly children: readonly PageNode[];
  /** Its folder's settings say it starts closed (`true`) or open (`false`) in the sidebar. */
  readonly collapsed?: boolean;
  /** `id` of the page above it; absent for the home page. */
  readonly parent?: string;
  /** 0 for home, 1 for chapters, and so on. */
  readonly depth: number;
  /** In a guide with locales: the page's id within its locale's folder, the same in every locale. */
  readonly localeId?: string;
  /** In a translation: the page is the default locale's, shown because the translation lacks it. */
  readonly untranslated?: boolean;
  /** Front matter `prev`/`next`: the `id` of the page to lead to instead of the neighbour, or `false` for none. */
  readonly prev?: string | false;
  readonly next?: string | false;
}

/** One language of a guide with locales. */
export interface GuideLocale {
  readonly key: string;
  readonly label: string;
  /** BCP 47 tag. */
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
  /** Its content folder, relative to the content folder. */
  readonly folder: string;
  /** Its URL prefix below the base: `''` or `fr/`. */
  readonly prefix: string;
}

/** One version of a guide published in several versions side by side. */
export interface GuideVersion {
  /** Its key: the name in its URLs (`1.x`), or `current` for the latest. */
  readonly key: string;
  /** Its name in the version picker; empty for a latest the config gives no label (the theme names it). */
  readonly label: string;
  /** Its content folder, relative to the content folder: `''` for the latest. */
  readonly folder: string;
  /** Its URL prefix below the locale's: `''` for the latest, else `1.x/`. */
  readonly prefix: string;
  /** The current content, the version every older one points its readers to. */
  readonly latest: boolean;
}

/** One entry of `authors.yml`. */
export interface AuthorEntry {
  id: string;
  name: string;
  role?: string;
  bio?: string;
  /** Path under `public/` or a URL. */
  avatar?: string;
  links: { label: string; url: string }[];
}

/** An author with the URL of their page. */
export interface Author extends AuthorEntry {
  readonly path: string;
  readonly url: string;
}

/** The whole guide as data, before any markdown is rendered. */
export interface Guide {
  readonly title: string;
  readonly description: string;
  /** The guide's language (BCP 47). */
  readonly lang: string;
  /** Base path every URL starts with: starts and ends with `/`. */
  readonly base: string;
  /** The site's full URL, when configured (ends with `/`). */
  readonly siteUrl?: string;
  /** Where a page's source is edited: a URL with `{path}` for its file (config `editLink`). */
  readonly editLink?: string;
  readonly home: PageNode;
  /** Every page in reading order, home first. */
  readonly pages: readonly PageNode[];
  /** Page by `id`, by source file, and by folder for folder pages. */
  readonly byId: ReadonlyMap<string, PageNode>;
  readonly byFile: ReadonlyMap<string, PageNode>;
  readonly byDir: ReadonlyMap<string, PageNode>;
  readonly authors: ReadonlyMap<string, Author>;
  /** Source file of the page marked `glossary: true`, if there is one. */
  readonly glossaryFile?: string;
  /** In a guide with locales: this tree's locale, and every locale (the default first). */
  readonly locale?: GuideLocale;
  readonly locales?: readonly GuideLocale[];
  /** In a guide with versions: this tree's version, and every version (the latest first). */
  readonly version?: GuideVersion;
  readonly versions?: readonly GuideVersion[];
}
