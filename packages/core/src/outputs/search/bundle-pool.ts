import { hasWorkerScript, WorkerPool } from '../../support/worker-pool.js';
import { indexBundle, type BundleResult } from './search-bundle.js';
import type { SearchShard } from './search-shards.js';

/** The search worker's script. */
const WORKER_SCRIPT = new URL('./search-worker.js', import.meta.url);

/** What a search worker is started with. */
export interface SearchWorkerData {
  outDir: string;
  indexDir: string;
}

/** Indexes bundles of the search index, a bundle at a time per worker, in the order they are handed over. */
export interface BundlePool {
  /** Indexes a bundle and writes its files, once a worker is free. */
  index(shard: SearchShard): Promise<BundleResult>;
  /** Allows `size` workers at most from now on. */
  grow(size: number): void;
  /** Drops the bundles not started yet, waits for those being indexed, then stops the workers. */
  close(): Promise<void>;
}

/**
 * Creates the pool of search workers for the index in `indexDir` (the output's `pagefind/`).
 * Pagefind's service answers one request at a time, and a thread that loads pagefind gets a
 * service of its own: workers index bundles side by side. Without a compiled worker script,
 * bundles are indexed one after the other in this thread.
 */
export function createBundlePool(outDir: string, indexDir: string, size: number): BundlePool {
  if (!hasWorkerScript(WORKER_SCRIPT)) {
    let inline: Promise<unknown> = Promise.resolve();
    return {
      index(shard) {
        const done = inline.then(() => indexBundle(outDir, indexDir, shard));
        inline = done.catch(() => undefined);
        return done;
      },
      grow() {},
      async close() {
        await inline;
      },
    };
  }
  // Each worker closes pagefind's service before it stops.
  const workerData: SearchWorkerData = { outDir, indexDir };
  const pool = new WorkerPool<SearchShard, BundleResult>(WORKER_SCRIPT, { workerData, size, stop: 'message' });
  return { index: (shard) => pool.run(shard), grow: (n) => pool.grow(n), close: () => pool.close() };
}
