import type { Guide } from '../../model/guide.js';
import { pageFile } from '../../model/site-paths.js';

/** A page of the guide, as the search index takes it. */
export interface SearchPage {
  /** Its HTML file in the output folder: `team/roles/index.html`. */
  file: string;
  /** The output folder of its chapter (`team`), or `''` for the home page. */
  chapter: string;
}

/** The guide's pages in reading order, as the search index takes them. */
export function searchPagesOf(guide: Guide): SearchPage[] {
  return guide.pages.map((node) => ({ file: pageFile(node.path), chapter: node.path.split('/')[0]! }));
}

/** A part of the index, with the chapters it indexes. */
export interface SearchShard {
  /** Its folder below `pagefind/`: `''` for the main bundle, `shards/2/` and on for the others. */
  bundle: string;
  /** The HTML files it indexes, in reading order. */
  pages: string[];
  /**
   * Where each page can be read, when not at its place in the output folder: a build puts the
   * files it writes in place only once all are written.
   */
  from?: Record<string, string>;
}

/** The folder below `pagefind/` of the bundles after the main one. */
export const SHARDS_DIR = 'shards/';
/** The list of the index's bundles the search dialog merges, and what each holds (in `pagefind/`). */
export const MANIFEST = 'guidekit-shards.json';
/** Pages a bundle holds before the index is split. */
const SHARD_PAGES = 150;
/** Bundles at most: each is a few more requests when a reader searches. */
const MAX_SHARDS = 8;

/**
 * Splits the guide's pages into search bundles of whole chapters, in reading order, of about
 * equal size: a guide of up to `shardPages` pages has one bundle, a larger one up to eight. A
 * bundle's pages stay the same as long as no chapter moves between bundles.
 */
export function planSearchShards(pages: SearchPage[], shardPages = SHARD_PAGES): SearchShard[] {
  const count = Math.min(MAX_SHARDS, Math.max(1, Math.ceil(pages.length / shardPages)));
  const size = Math.ceil(pages.length / count);
  const shards: SearchShard[] = [];
  let previous: string | undefined;
  for (const page of pages) {
    let shard = shards[shards.length - 1];
    if (page.chapter !== previous) {
      if (!shard || (shard.pages.length >= size && shards.length < count)) {
        shard = { bundle: shards.length === 0 ? '' : `${SHARDS_DIR}${shards.length + 1}/`, pages: [] };
        shards.push(shard);
      }
      previous = page.chapter;
    }
    shard!.pages.push(page.file);
  }
  return shards.length > 0 ? shards : [{ bundle: '', pages: [] }];
}
