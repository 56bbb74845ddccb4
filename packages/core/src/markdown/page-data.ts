import type { VFile } from 'vfile';
import type { FrontMatter } from '../model/guide.js';
import type { GlossaryTerm } from './glossary.js';

/** The place in the source of a link's, an image's or a definition's destination. */
export interface LinkDestination {
  /** Offsets in the page's text of the destination as written (angle brackets included). */
  start: number;
  end: number;
  /** The URL it says, as links are resolved. */
  url: string;
}

/**
 * A file embedded where a page, or a file it includes, writes `::include` or `::code`: what
 * `llms-full.txt` puts in place of the directive, so that it shows the text a reader sees.
 */
export interface Embed {
  /** Offsets of the directive in the text that writes it. */
  start: number;
  end: number;
  /** The included markdown file (its text is in the markdown context), from `bodyOffset` on (after its front matter). */
  file?: string;
  bodyOffset?: number;
  /** Its link destinations, with the URLs as the page would write them, and its own embeds. */
  destinations?: LinkDestination[];
  embeds?: Embed[];
  /** For `::code`: the code block, as a fence. */
  code?: string;
}

/** A heading of a page, for its table of contents. */
export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** A link from one page to another, kept so anchors can be checked once every page is rendered. */
export interface PageLink {
  /** `id` of the target page node. */
  target: string;
  anchor: string;
  /** The included file the link is written in, when not the page itself. */
  file?: string;
  line?: number;
  column?: number;
}

/** Where something is written in a page's source, when known. */
export interface SourcePlace {
  line?: number;
  column?: number;
}

/** A heading of any level where it is written, for checking the page's outline. */
export interface OutlineHeading extends SourcePlace {
  depth: number;
  id?: string;
  text: string;
}

/** An image of the page and its alternative text (empty when none is written). */
export interface PageImage extends SourcePlace {
  src: string;
  alt: string;
}

/** An http(s) link out of the guide. */
export interface ExternalLink extends SourcePlace {
  url: string;
}

/** A question of an FAQ page with the plain text of its answer. */
export interface FaqItem {
  /** Id of the question's heading. */
  id: string;
  question: string;
  answer: string;
}

/** What the markdown pipeline learns about a page while rendering it. */
export interface PageData {
  headings: Heading[];
  /** Every `id` in the page, for checking `#anchor` links to it. */
  ids: Set<string>;
  links: PageLink[];
  /** Content files the page references, to copy to the output. */
  assets: Set<string>;
  /** How each link target written in the page resolved, so a cached rendering can be checked against a changed tree. */
  lookups: Map<string, string>;
  words: number;
  /** The questions of a page marked `faq: true`. */
  faq?: FaqItem[];
  /** The terms the glossary page defines (on that page only). */
  glossaryTerms?: GlossaryTerm[];
  /** Signature of the glossary the page was rendered with: its term links go stale with it. */
  glossary?: string;
  /**
   * What the page uses that only the pages that use it load files for: `math` (KaTeX's
   * stylesheet), `diagrams` (mermaid), `components` (the directives' stylesheet), `code` (the code
   * extras'), `tabs` (their script).
   */
  features: Set<string>;
  /** The files the page includes, with the hash of the text it was rendered with: a change to one renders it again. */
  includes?: Map<string, string>;
  /** The components the page shows, with the hash of the template each was rendered with: a change to one renders it again. */
  components?: Map<string, string>;
  /** The files embedded in the page's text (see `Embed`). */
  embeds?: Embed[];
  /** Where the page's link destinations are written, to republish its markdown with links rewritten. */
  destinations?: LinkDestination[];
  /** Every heading of the body, any level, in order. */
  outline: OutlineHeading[];
  images: PageImage[];
  external: ExternalLink[];
  /** `id`s of the pages the body links to. */
  linked: Set<string>;
  /** Ids of the glossary terms whose mention the page links (see `rehypeGlossaryLinks`). */
  terms?: string[];
  /** Abbreviations the text uses (`OKR`, `KPIs` as `KPI`), each where first written. */
  abbreviations: Map<string, SourcePlace>;
}

declare module 'vfile' {
  interface DataMap {
    /** Source file of the page being rendered, relative to the content folder. */
    sourceFile: string;
    /** Front matter of the page being rendered. */
    frontMatter: FrontMatter;
    page: PageData;
  }
}

/** The page data of a file, created on first use. */
export function pageData(file: VFile): PageData {
  file.data.page ??= {
    headings: [],
    ids: new Set(),
    links: [],
    assets: new Set(),
    lookups: new Map(),
    words: 0,
    features: new Set(),
    outline: [],
    images: [],
    external: [],
    linked: new Set(),
    abbreviations: new Map(),
  };
  return file.data.page;
}
