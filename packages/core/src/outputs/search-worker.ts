/**
 * A worker thread that indexes some bundles of the search index. Pagefind's service handles one
 * request at a time, and a thread that loads pagefind gets a service of its own: bundles indexed
 * in one worker per core are indexed side by side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import { indexBundle, type BundleResult } from './search-bundle.js';
import type { SearchShard } from './search-shards.js';

const { outDir, indexDir, shards } = workerData as { outDir: string; indexDir: string; shards: SearchShard[] };
const results: BundleResult[] = [];
try {
  for (const shard of shards) results.push(await indexBundle(outDir, indexDir, shard));
} finally {
  await close();
}
parentPort!.postMessage(results);
