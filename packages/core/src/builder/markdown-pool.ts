import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildOverrides } from '../config/resolve-config.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';

/** A message to a markdown worker. */
export type WorkerRequest = { type: 'context'; context: MarkdownContext } | { type: 'render'; id: number; source: SourcePage; highlighted: string };

/** A markdown worker's answer. */
export interface WorkerResponse {
  id: number;
  result: RenderedMarkdown;
}

/** Worker threads that render markdown in parallel, each with its own processor. */
export interface MarkdownPool {
  /** Pages the workers take at once (`IN_FLIGHT` each): a caller keeps this many rendering to keep every worker busy. */
  readonly capacity: number;
  /** Sends the markdown context of the build in progress to every worker. */
  setContext(context: MarkdownContext): void;
  /** Renders a page; `highlighted` is its last rendering's (see `renderMarkdown`). */
  render(source: SourcePage, highlighted: string): Promise<RenderedMarkdown>;
  close(): Promise<void>;
}

/** Tasks kept in flight per worker, so none idles while the main thread answers another. */
const IN_FLIGHT = 4;

const WORKER_SCRIPT = new URL('./markdown-worker.js', import.meta.url);

/**
 * How many markdown workers to start: one per core, or none on one core or when running from the
 * TypeScript sources (as tests do), where there is no compiled worker script.
 */
export function defaultPoolSize(): number {
  return existsSync(fileURLToPath(WORKER_SCRIPT)) ? availableParallelism() : 0;
}

/** Starts `size` markdown workers for the guide in `root`. */
export function createMarkdownPool(root: string, overrides: BuildOverrides, size: number): MarkdownPool {
  const workers = Array.from({ length: size }, () => ({
    // A young generation of 16 MB: larger ones hold on to tens of MB per worker without rendering faster.
    worker: new Worker(WORKER_SCRIPT, { workerData: { root, overrides }, resourceLimits: { maxYoungGenerationSizeMb: 16 } }),
    busy: 0,
  }));
  const waiting = new Map<number, { resolve: (r: RenderedMarkdown) => void; reject: (e: unknown) => void }>();
  const queue: { id: number; source: SourcePage; highlighted: string }[] = [];
  let nextId = 0;

  const dispatch = () => {
    for (const slot of workers) {
      while (slot.busy < IN_FLIGHT && queue.length > 0) {
        const task = queue.shift()!;
        slot.busy++;
        slot.worker.postMessage({ type: 'render', ...task } satisfies WorkerRequest);
      }
    }
  };
  for (const slot of workers) {
    slot.worker.on('message', (response: WorkerResponse) => {
      slot.busy--;
      waiting.get(response.id)?.resolve(response.result);
      waiting.delete(response.id);
      dispatch();
    });
    const fail = (error: unknown) => {
      for (const task of waiting.values()) task.reject(error);
      waiting.clear();
    };
    slot.worker.on('error', fail);
    // A worker that ends without an error (a plugin calling process.exit) fails what it had.
    slot.worker.on('exit', (code) => fail(new Error(`markdown worker stopped (exit code ${code})`)));
  }

  return {
    capacity: size * IN_FLIGHT,
    setContext(context) {
      for (const { worker } of workers) worker.postMessage({ type: 'context', context } satisfies WorkerRequest);
    },
    render(source, highlighted) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        queue.push({ id, source, highlighted });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
