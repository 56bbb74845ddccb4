import { availableParallelism } from 'node:os';
import { IndexUpdate, planIndex } from './index-update.js';
import { removeStaleStaging } from './search-bundle.js';
import { SEARCH_INDEX_PATH } from '../../model/site-paths.js';
import type { SearchPage } from './search-shards.js';

export { searchPagesOf, type SearchPage } from './search-shards.js';

/** What updating the search index did. */
export interface SearchIndexResult {
  /** Pages indexed; 0 when the index was up to date. */
  pages: number;
  /** Problems pagefind reported. */
  errors: string[];
}

/** True for files of the search index, which the index keeps up to date itself. */
export function isSearchIndexFile(file: string): boolean {
  return file.startsWith(SEARCH_INDEX_PATH);
}

/**
 * Brings the full-text search index of the guide's pages up to date with pagefind (which indexes
 * only what the theme marks `data-pagefind-body`). A large guide's index is split, by chapter,
 * into bundles the search dialog merges, indexed side by side: after an edit, only the bundle
 * holding the changed page is indexed again. Each bundle's files are written through a temporary
 * name (changed files only), its entry point last, and the manifest once every bundle is done.
 */
export async function updateSearchIndex(
  outDir: string,
  pages: SearchPage[],
  changed: ReadonlySet<string>,
  { shardPages, begun, workers = availableParallelism() }: UpdateOptions = {},
): Promise<SearchIndexResult> {
  // A begun update keeps its plan, made for these pages: the bundles it has written since are
  // outdated all the same.
  const update = begun ?? new IndexUpdate(outDir, await planIndex(outDir, pages, shardPages), workers, workers);
  try {
    const results = await update.finish(changed);
    const errors = results.flatMap((result) => result.errors);
    if (errors.length > 0) return { pages: 0, errors };
    return { pages: results.reduce((sum, result) => sum + result.pages, 0), errors: [] };
  } finally {
    await update.close();
  }
}

/** How to update the index. */
export interface UpdateOptions {
  /** Pages a bundle holds before the index is split (tests make it small). */
  shardPages?: number;
  /** An update begun, for the same pages, while the build wrote them (see `SearchIndexer.begin`). */
  begun?: IndexUpdate;
  /** Worker threads at most (one per core by default). */
  workers?: number;
}

/** Updates the index after each build, one update at a time, waited for or in the background. */
export interface SearchIndexer {
  /**
   * Called before a build writes its pages. In the foreground, begins the update: a bundle to
   * index again (one the build writes a page of, and all of them on a first build) is indexed in
   * a worker as soon as `pageDone` has reported its pages, while the build renders on.
   */
  begin(pages: SearchPage[]): Promise<void>;
  /** Says that a page's HTML file is written: by this build (`written`, readable at `from` until it is in place), or already up to date. */
  pageDone(file: string, written: boolean, from?: string): void;
  /** Drops the update begun, for a build that failed after it began. */
  abandon(): Promise<void>;
  /**
   * Says, in the index itself, which bundles the update begun has still to index: called before
   * the build cache is saved, so a build stopped after that leaves them to the next build.
   */
  markUnfinished(): void;
  /**
   * Updates the index once a build has written its pages (`changed`: the output files it wrote
   * or removed). In the foreground, resolves with the result. In the background (watch),
   * resolves at once and updates the index once the pages have not changed for a moment; pages
   * that change while an update runs are indexed by one more run.
   */
  update(pages: SearchPage[], changed: Iterable<string>): Promise<SearchIndexResult | undefined>;
  /** The result of a finished background update, handed over once (to report its problems). */
  take(): SearchIndexResult | undefined;
  /** Waits for a running background update, then hands over its result. */
  settled(): Promise<SearchIndexResult | undefined>;
}

/** The indexer of a build without pagefind's index: a portable build, whose index is a script of the site. */
export const NO_SEARCH_INDEXER: SearchIndexer = {
  begin: async () => undefined,
  pageDone: () => undefined,
  abandon: async () => undefined,
  markUnfinished: () => undefined,
  update: async () => undefined,
  take: () => undefined,
  settled: async () => undefined,
};

/** In the background, how long the pages must stay unchanged before the index is updated. */
const QUIET_MS = 1500;

/**
 * Creates the search indexer of a build session writing to `outDir`. `shardPages` sets how many
 * pages a bundle holds before the index is split (tests make it small).
 */
export function createSearchIndexer(outDir: string, background: boolean, shardPages?: number): SearchIndexer {
  removeStaleStaging();
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // What the next background run indexes: the latest pages, and every file changed since the last run.
  let pending: { pages: SearchPage[]; changed: Set<string> } | undefined;
  let finished: SearchIndexResult | undefined;
  let firstUpdate = true;
  // The update begun for the build in progress.
  let begun: IndexUpdate | undefined;
  // In the background, one worker: indexing must not slow the rebuilds of an author at work.
  const workers = background ? 1 : availableParallelism();
  const attempt = (pages: SearchPage[], changed: ReadonlySet<string>, begun?: IndexUpdate): Promise<SearchIndexResult> =>
    updateSearchIndex(outDir, pages, changed, { shardPages, begun, workers }).catch((error: unknown) => ({
      pages: 0,
      errors: [error instanceof Error ? error.message : String(error)],
    }));
  // Indexing takes seconds and a core: while an author keeps saving, it waits for a pause, so
  // it never slows the rebuilds themselves.
  const run = () => {
    timer = undefined;
    if (running) return;
    running = (async () => {
      while (pending) {
        const { pages, changed } = pending;
        pending = undefined;
        finished = await attempt(pages, changed);
      }
    })().finally(() => {
      running = undefined;
      if (pending && !timer) timer = setTimeout(run, QUIET_MS);
    });
  };
  return {
    async begin(pages) {
      await this.abandon();
      if (background) return;
      // One worker while the build renders on the other cores; every core once it is done.
      begun = new IndexUpdate(outDir, await planIndex(outDir, pages, shardPages), Math.max(1, workers - 1), workers);
    },
    pageDone(file, written, from) {
      begun?.pageDone(file, written, from);
    },
    markUnfinished() {
      begun?.markUnfinished();
    },
    async abandon() {
      const update = begun;
      begun = undefined;
      await update?.close();
    },
    async update(pages, changed) {
      const files = new Set([...changed].filter((file) => file.endsWith('.html')));
      if (!background) {
        const update = begun;
        begun = undefined;
        return attempt(pages, files, update);
      }
      // The session's first build checks the index even when no page changed: it may be missing.
      if (files.size === 0 && !pending && !firstUpdate) return undefined;
      firstUpdate = false;
      pending = { pages, changed: new Set([...(pending?.changed ?? []), ...files]) };
      clearTimeout(timer);
      timer = setTimeout(run, QUIET_MS);
      return undefined;
    },
    take() {
      const result = finished;
      finished = undefined;
      return result;
    },
    async settled() {
      if (timer) {
        clearTimeout(timer);
        run();
      }
      await running;
      return this.take();
    },
  };
}
