/**
 * A worker thread that indexes bundles of the search index, one at a time, with a pagefind
 * service of its own (see `createBundlePool`).
 */
import { workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { serveTasks } from '../../support/worker-pool.js';
import type { SearchWorkerData } from './bundle-pool.js';
import { indexBundle, type BundleResult } from './search-bundle.js';
import type { SearchShard } from './search-shards.js';

const { outDir, indexDir } = workerData as SearchWorkerData;

serveTasks<SearchShard, BundleResult>({
  // A failure is the bundle's result: the build reports it as a warning, and goes on.
  run: (shard) =>
    indexBundle(outDir, indexDir, shard).catch((error: unknown) => ({
      pages: 0,
      errors: [error instanceof Error ? error.message : String(error)],
    })),
  onClose: async () => {
    await close();
  },
});
