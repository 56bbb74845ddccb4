import type { VFile } from 'vfile';
import type { PageNode } from '../tree/types.js';

/** A heading of a page, for its table of contents. */
export interface Heading {
  depth: number;
  id: string;
  text: string;
}

/** A link from one page to another, kept so anchors can be checked once every page is rendered. */
export interface PageLink {
  target: PageNode;
  anchor: string;
  line?: number;
  column?: number;
}

/** What the markdown pipeline learns about a page while rendering it. */
export interface PageData {
  headings: Heading[];
  /** Every `id` in the page, for checking `#anchor` links to it. */
  ids: Set<string>;
  links: PageLink[];
  /** Content files the page references, to copy to the output. */
  assets: Set<string>;
  words: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Source file of the page being rendered, relative to the content folder. */
    sourceFile: string;
    page: PageData;
  }
}

/** The page data of a file, created on first use. */
export function pageData(file: VFile): PageData {
  file.data.page ??= { headings: [], ids: new Set(), links: [], assets: new Set(), words: 0 };
  return file.data.page;
}
