import type { AuthorEntry } from '../discover/read-authors.js';
import type { FrontMatter } from '../discover/front-matter.js';
import type { DiscoveredFiles } from '../discover/discover-files.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { ImageSize } from '../discover/read-image-sizes.js';
import type { Glossary } from './build-glossary.js';

/** Where a page sits: the home page, a top-level chapter, a folder below it, or a page below it. */
export type PageKind = 'home' | 'chapter' | 'group' | 'article';

/** One page of the guide and its place in the navigation tree. */
export interface PageNode {
  /** Unique key: the source file, or `dir/` for a folder without its own page. */
  id: string;
  kind: PageKind;
  /** Source markdown file relative to the content folder; absent for a folder without index.md/README.md. */
  file?: string;
  /** The folder this node stands for, when it is a folder. */
  dir?: string;
  title: string;
  /** Chapter number shown in navigation and titles (top-level chapters only). */
  number?: number;
  /** What navigation shows: `3. Software Product Manager` for chapters, the title otherwise. */
  label: string;
  description: string;
  /** Output path below the base, `/`-separated, `''` for home, else ending in `/`. */
  path: string;
  /** The link to the page: base + path, percent-encoded. */
  url: string;
  /** Author ids, after inheritance. */
  authors: string[];
  frontMatter: FrontMatter;
  children: PageNode[];
  parent?: PageNode;
  /** 0 for home, 1 for chapters, and so on. */
  depth: number;
}

/** An author with the URL of their page. */
export interface Author extends AuthorEntry {
  path: string;
  url: string;
}

/** The whole guide as data: config, navigation tree, authors and sources, before any markdown is rendered. */
export interface Guide {
  config: ResolvedConfig;
  home: PageNode;
  /** Every page in reading order, home first. */
  pages: PageNode[];
  /** Page by source file, and by folder for folder pages. */
  byFile: Map<string, PageNode>;
  byDir: Map<string, PageNode>;
  authors: Map<string, Author>;
  sources: Map<string, SourcePage>;
  files: DiscoveredFiles;
  /** Sizes of the image assets that could be read, by path. */
  images: Map<string, ImageSize>;
  /** The terms of the page marked `glossary: true`, if there is one. */
  glossary?: Glossary;
}
