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
   * What the page uses that the theme loads only for the pages that use it: `components` (the
   * directives' stylesheet), `tabs` (their script).
   */
  features: Set<string>;
  /** The files the page includes, with the hash of the text it was rendered with: a change to one renders it again. */
  includes?: Map<string, string>;
  /** Where the page's link destinations are written, to republish its markdown with links rewritten. */
  destinations?: LinkDestination[];
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
  file.data.page ??= { headings: [], ids: new Set(), links: [], assets: new Set(), lookups: new Map(), words: 0, features: new Set() };
  return file.data.page;
}
