/**
 * A worker thread that indexes bundles of the search index, one at a time, with a pagefind
 * service of its own (see `BundlePool`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { close } from 'pagefind';
import type { SearchWorkerRequest } from './bundle-pool.js';
import { indexBundle } from './search-bundle.js';

const { outDir, indexDir } = workerData as { outDir: string; indexDir: string };

parentPort!.on('message', async (request: SearchWorkerRequest) => {
  if (request.type === 'close') {
    await close();
    parentPort!.close();
    return;
  }
  parentPort!.postMessage(await indexBundle(outDir, indexDir, request.shard));
});
