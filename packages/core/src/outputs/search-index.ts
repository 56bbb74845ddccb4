import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { hashOf } from '../hash.js';
import { ENTRY, indexBundle, writeIfChanged, type BundleResult } from './search-bundle.js';
import { MANIFEST, planSearchShards, SHARDS_DIR, type SearchPage, type SearchShard } from './search-shards.js';

export { searchPagesOf, type SearchPage } from './search-shards.js';

/** Where the search index lives in the output folder. */
export const SEARCH_INDEX_PATH = 'pagefind/';

/** The manifest: each bundle's folder below `pagefind/`, and a hash of the pages it indexes. */
interface Manifest {
  bundles: string[];
  members: string[];
}

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
 * name (changed files only), its entry point last, and the manifest after every bundle.
 */
export async function updateSearchIndex(
  outDir: string,
  pages: SearchPage[],
  changed: ReadonlySet<string>,
  shardPages?: number,
): Promise<SearchIndexResult> {
  const dir = path.join(outDir, SEARCH_INDEX_PATH);
  const before = await readManifest(dir);
  const shards = planSearchShards(pages, shardPages);
  const members = shards.map((shard) => hashOf(...shard.pages));
  const stale: SearchShard[] = [];
  for (const [i, shard] of shards.entries()) {
    const whole = await exists(path.join(dir, shard.bundle, ENTRY));
    if (!whole || before?.members[i] !== members[i] || shard.pages.some((file) => changed.has(file))) stale.push(shard);
  }
  const bundles = shards.map((shard) => shard.bundle);
  const gone = (before?.bundles ?? []).filter((bundle) => !bundles.includes(bundle));
  if (stale.length === 0 && gone.length === 0) return { pages: 0, errors: [] };

  const results = await indexBundles(outDir, dir, stale);
  const errors = results.flatMap((result) => result.errors);
  if (errors.length > 0) return { pages: 0, errors };
  for (const bundle of gone) await fs.rm(path.join(dir, bundle), { recursive: true, force: true });
  if (bundles.length === 1) await fs.rm(path.join(dir, SHARDS_DIR), { recursive: true, force: true });
  writeIfChanged(path.join(dir, MANIFEST), Buffer.from(JSON.stringify({ bundles, members } satisfies Manifest)));
  return { pages: results.reduce((sum, result) => sum + result.pages, 0), errors: [] };
}

/** The search worker's script; absent when running from the TypeScript sources (as tests do). */
const WORKER_SCRIPT = new URL('./search-worker.js', import.meta.url);

/**
 * Indexes the bundles, in one worker thread per core when there are several (pagefind's service
 * handles one request at a time, and each thread gets a service of its own), else in this thread.
 */
async function indexBundles(outDir: string, indexDir: string, shards: SearchShard[]): Promise<BundleResult[]> {
  const lanes = existsSync(fileURLToPath(WORKER_SCRIPT)) ? Math.min(availableParallelism(), shards.length) : 1;
  if (lanes <= 1) {
    const results: BundleResult[] = [];
    for (const shard of shards) results.push(await indexBundle(outDir, indexDir, shard));
    return results;
  }
  // The largest bundles first, each to the lane with the fewest pages so far.
  const split = Array.from({ length: lanes }, () => ({ pages: 0, shards: [] as SearchShard[] }));
  for (const shard of [...shards].sort((a, b) => b.pages.length - a.pages.length)) {
    const lane = split.reduce((least, next) => (next.pages < least.pages ? next : least));
    lane.pages += shard.pages.length;
    lane.shards.push(shard);
  }
  const done = await Promise.all(
    split.map(
      (lane) =>
        new Promise<BundleResult[]>((resolve, reject) => {
          const worker = new Worker(WORKER_SCRIPT, { workerData: { outDir, indexDir, shards: lane.shards } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`search worker stopped (exit code ${code})`)));
        }),
    ),
  );
  return done.flat();
}

/** Updates the index after each build, one update at a time, waited for or in the background. */
export interface SearchIndexer {
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

/** In the background, how long the pages must stay unchanged before the index is updated. */
const QUIET_MS = 1500;

/**
 * Creates the search indexer of a build session writing to `outDir`. `shardPages` sets how many
 * pages a bundle holds before the index is split (tests make it small).
 */
export function createSearchIndexer(outDir: string, background: boolean, shardPages?: number): SearchIndexer {
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // What the next background run indexes: the latest pages, and every file changed since the last run.
  let pending: { pages: SearchPage[]; changed: Set<string> } | undefined;
  let finished: SearchIndexResult | undefined;
  let firstUpdate = true;
  const attempt = (pages: SearchPage[], changed: ReadonlySet<string>): Promise<SearchIndexResult> =>
    updateSearchIndex(outDir, pages, changed, shardPages).catch((error: unknown) => ({
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
    async update(pages, changed) {
      const files = new Set([...changed].filter((file) => file.endsWith('.html')));
      if (!background) return attempt(pages, files);
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

async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}
