import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** A message to a pool's worker. */
type ToWorker<Task, Shared> = { type: 'task'; id: number; task: Task } | { type: 'share'; shared: Shared } | { type: 'close' };
/** A worker's answer to a task. */
type FromWorker<Result> = { id: number; result: Result };

/** How a pool starts and runs its workers. */
export interface WorkerPoolOptions {
  /** Given to every worker as `workerData`. */
  workerData: unknown;
  /** Workers at most, until `grow` allows more. */
  size: number;
  /** Tasks a worker is sent at once, so none idles while this thread answers another. Default 1. */
  inFlight?: number;
  /**
   * How `close` stops a worker: `terminate` at once, or `message` it to close (it may clean up, as
   * pagefind's service must) and wait for it to exit.
   */
  stop?: 'terminate' | 'message';
}

/**
 * Worker threads that run tasks from one queue, started as tasks come. A busy worker keeps the
 * process alive, an idle one never does. A worker that fails or exits fails the tasks it had; the
 * next tasks get a new worker.
 */
export class WorkerPool<Task, Result, Shared = never> {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly queue: { id: number; task: Task }[] = [];
  private readonly waiting = new Map<number, { resolve: (result: Result) => void; reject: (error: unknown) => void; worker?: Worker }>();
  private readonly inFlight: number;
  private shared: { value: Shared } | undefined;
  private size: number;
  private nextId = 0;

  constructor(
    private readonly script: URL,
    private readonly options: WorkerPoolOptions,
  ) {
    this.size = options.size;
    this.inFlight = options.inFlight ?? 1;
  }

  /** Tasks the pool runs at once: a caller keeps this many running to keep every worker busy. */
  get capacity(): number {
    return this.size * this.inFlight;
  }

  /** Runs a task in a worker, once one is free. */
  run(task: Task): Promise<Result> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ id, task });
      this.dispatch();
    });
  }

  /** Sends every worker, started or yet to start, the same data before its next task. */
  share(shared: Shared): void {
    this.shared = { value: shared };
    for (const { worker } of this.workers) worker.postMessage({ type: 'share', shared } satisfies ToWorker<Task, Shared>);
  }

  /** Allows `size` workers at most from now on. */
  grow(size: number): void {
    this.size = Math.max(this.size, size);
    this.dispatch();
  }

  /** Drops the tasks not started yet, then stops the workers (see `WorkerPoolOptions.stop`). */
  async close(): Promise<void> {
    for (const { id } of this.queue.splice(0)) this.settle(id)?.reject(new Error('worker pool closed'));
    const workers = this.workers.splice(0);
    if (this.options.stop !== 'message') {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      return;
    }
    await Promise.all(
      workers.map(async ({ worker, busy }) => {
        const exited = new Promise((resolve) => worker.once('exit', resolve));
        // Held open until it has stopped, as the caller waits for it.
        worker.ref();
        if (busy > 0) await Promise.race([new Promise((resolve) => worker.once('message', resolve)), exited]);
        worker.postMessage({ type: 'close' } satisfies ToWorker<Task, Shared>);
        return exited;
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // An idle worker first, then a new one, then one with room for another task.
      const slot =
        this.workers.find((w) => w.busy === 0) ??
        (this.workers.length < this.size ? this.start() : this.workers.find((w) => w.busy < this.inFlight));
      if (!slot) return;
      const { id, task } = this.queue.shift()!;
      this.waiting.get(id)!.worker = slot.worker;
      if (slot.busy++ === 0) slot.worker.ref();
      slot.worker.postMessage({ type: 'task', id, task } satisfies ToWorker<Task, Shared>);
    }
  }

  private settle(id: number) {
    const job = this.waiting.get(id);
    this.waiting.delete(id);
    return job;
  }

  private start() {
    const worker = new Worker(this.script, {
      workerData: this.options.workerData,
      // A young generation of 16 MB: larger ones hold on to tens of MB per worker without working faster.
      resourceLimits: { maxYoungGenerationSizeMb: 16 },
    });
    const slot = { worker, busy: 0 };
    if (this.shared) worker.postMessage({ type: 'share', shared: this.shared.value } satisfies ToWorker<Task, Shared>);
    worker.on('message', ({ id, result }: FromWorker<Result>) => {
      this.settle(id)?.resolve(result);
      // A worker being closed stays held until it has stopped.
      if (--slot.busy === 0 && this.workers.includes(slot)) worker.unref();
      this.dispatch();
    });
    const gone = (error: unknown) => {
      const at = this.workers.indexOf(slot);
      if (at >= 0) this.workers.splice(at, 1);
      for (const [id, job] of this.waiting) if (job.worker === worker) this.settle(id)!.reject(error);
      this.dispatch();
    };
    worker.on('error', gone);
    // A worker that ends without an error (a plugin calling process.exit) fails what it had.
    worker.on('exit', (code) => gone(new Error(`worker stopped (exit code ${code})`)));
    this.workers.push(slot);
    return slot;
  }
}

/**
 * The worker's side of a {@link WorkerPool}: answers each task with `run`, keeps what the pool
 * shares with `onShare`, and calls `onClose` before it stops when the pool asks it to.
 */
export function serveTasks<Task, Result, Shared = never>(handlers: {
  run: (task: Task) => Promise<Result>;
  onShare?: (shared: Shared) => void;
  onClose?: () => Promise<unknown>;
}): void {
  const port = parentPort!;
  port.on('message', async (message: ToWorker<Task, Shared>) => {
    if (message.type === 'share') handlers.onShare?.(message.shared);
    else if (message.type === 'close') {
      await handlers.onClose?.();
      port.close();
    } else {
      const answer: FromWorker<Result> = { id: message.id, result: await handlers.run(message.task) };
      port.postMessage(answer);
    }
  });
}

/** True when the compiled worker script is there: not when running from the TypeScript sources, as tests do. */
export function hasWorkerScript(script: URL): boolean {
  return existsSync(fileURLToPath(script));
}
