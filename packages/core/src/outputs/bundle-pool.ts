import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { indexBundle, type BundleResult } from './search-bundle.js';
import type { SearchShard } from './search-shards.js';

/** A message to a search worker: a bundle to index, or the end of the work. */
export type SearchWorkerRequest = { type: 'index'; shard: SearchShard } | { type: 'close' };

/** The search worker's script; absent when running from the TypeScript sources (as tests do). */
const WORKER_SCRIPT = new URL('./search-worker.js', import.meta.url);

/**
 * Indexes bundles of the search index in worker threads, a bundle at a time per worker, in the
 * order they are handed over. Pagefind's service answers one request at a time, and a thread
 * that loads pagefind gets a service of its own: workers index bundles side by side. Without a
 * compiled worker script, bundles are indexed one after the other in this thread.
 */
export class BundlePool {
  private readonly workers: Worker[] = [];
  private readonly queue: { shard: SearchShard; resolve: (result: BundleResult) => void; reject: (error: unknown) => void }[] = [];
  /** What each busy worker is indexing: how to answer its result or its failure. */
  private readonly current = new Map<Worker, { resolve: (result: BundleResult) => void; reject: (error: unknown) => void }>();
  private inline: Promise<unknown> = Promise.resolve();
  private readonly threaded = existsSync(fileURLToPath(WORKER_SCRIPT));

  /** `size` workers at most, until `grow` allows more. */
  constructor(
    private readonly outDir: string,
    private readonly indexDir: string,
    private size: number,
  ) {}

  /** Indexes a bundle and writes its files, once a worker is free. */
  index(shard: SearchShard): Promise<BundleResult> {
    if (!this.threaded) {
      const done = this.inline.then(() => indexBundle(this.outDir, this.indexDir, shard));
      this.inline = done.catch(() => undefined);
      return done;
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ shard, resolve, reject });
      this.dispatch();
    });
  }

  /** Allows `size` workers at most from now on. */
  grow(size: number): void {
    this.size = Math.max(this.size, size);
    this.dispatch();
  }

  /** Drops the bundles not started yet, waits for those being indexed, then stops the workers. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new Error('search index update abandoned'));
    await this.inline;
    const workers = this.workers.splice(0);
    await Promise.all(
      workers.map(async (worker) => {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        // Held open until it has stopped, as the build waits for it.
        worker.ref();
        if (this.current.has(worker)) await Promise.race([new Promise((resolve) => worker.once('message', resolve)), exited]);
        worker.postMessage({ type: 'close' } satisfies SearchWorkerRequest);
        return exited;
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.workers.find((w) => !this.current.has(w)) ?? (this.workers.length < this.size ? this.start() : undefined);
      if (!worker) return;
      const { shard, resolve, reject } = this.queue.shift()!;
      this.current.set(worker, { resolve, reject });
      // A busy worker keeps the process alive; an idle one never does, even if left unclosed.
      worker.ref();
      worker.postMessage({ type: 'index', shard } satisfies SearchWorkerRequest);
    }
  }

  private start(): Worker {
    // A young generation of 16 MB, as for markdown workers: they hold little between bundles.
    const worker = new Worker(WORKER_SCRIPT, {
      workerData: { outDir: this.outDir, indexDir: this.indexDir },
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    const settle = () => {
      const job = this.current.get(worker);
      this.current.delete(worker);
      return job;
    };
    worker.on('message', (result: BundleResult) => {
      settle()?.resolve(result);
      if (this.workers.includes(worker)) worker.unref();
      this.dispatch();
    });
    // A worker that fails is gone: its bundle fails, and later bundles get a new worker.
    const gone = (error: unknown) => {
      const at = this.workers.indexOf(worker);
      if (at >= 0) this.workers.splice(at, 1);
      settle()?.reject(error);
      this.dispatch();
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`search worker stopped (exit code ${code})`)));
    this.workers.push(worker);
    return worker;
  }
}
