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
  // A failure is the bundle's result: the build reports it as a warning, and goes on.
  const result = await indexBundle(outDir, indexDir, request.shard).catch((error: unknown) => ({
    pages: 0,
    errors: [error instanceof Error ? error.message : String(error)],
  }));
  parentPort!.postMessage(result);
});
