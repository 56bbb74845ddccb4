import type { Content } from '../discover/read-content.js';
import type { ImageSize } from '../discover/read-image-sizes.js';
import type { Glossary } from './glossary.js';
import type { Guide } from '../model/guide.js';

export type { ImageSize } from '../discover/read-image-sizes.js';

/** What a link to a page needs: the page's id (for anchor checks) and URL. */
export interface PageRef {
  id: string;
  url: string;
}

/**
 * What the markdown pipeline knows of the guide beyond the page it renders: plain data, so a
 * worker thread can receive it. Rebuilt whenever the tree changes.
 */
export interface MarkdownContext {
  /** Base path, starting and ending with `/`. */
  base: string;
  /** Pages by source file, and folder pages by folder. */
  files: Map<string, PageRef>;
  dirs: Map<string, PageRef>;
  /** Non-page files of the content folder. */
  assets: Set<string>;
  /** Sizes of the image assets, read during discovery (plugins do no disk I/O). */
  images: Map<string, ImageSize>;
  /** Source file of the glossary page, when the guide has one: its terms are read as it renders. */
  glossaryFile?: string;
  /** The terms pages link to their definitions, once the glossary page is rendered. */
  glossary?: Glossary;
}

/** The markdown context of a guide read from `content`; its glossary's terms are added once the glossary page is rendered. */
export function createMarkdownContext(guide: Guide, content: Pick<Content, 'files' | 'images'>): MarkdownContext {
  const ref = (node: { id: string; url: string }): PageRef => ({ id: node.id, url: node.url });
  return {
    base: guide.base,
    files: new Map([...guide.byFile].map(([file, node]) => [file, ref(node)])),
    dirs: new Map([...guide.byDir].map(([dir, node]) => [dir, ref(node)])),
    assets: content.files.assets,
    images: content.images,
    glossaryFile: guide.glossaryFile,
  };
}
