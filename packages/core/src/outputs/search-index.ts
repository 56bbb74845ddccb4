import fs from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { hashOf } from '../hash.js';
import { BundlePool } from './bundle-pool.js';
import { ENTRY, writeIfChanged, type BundleResult } from './search-bundle.js';
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
  { shardPages, begun, workers = availableParallelism() }: UpdateOptions = {},
): Promise<SearchIndexResult> {
  const fresh = await planIndex(outDir, pages, shardPages);
  // A begun update keeps its plan: the bundles it has written since are outdated all the same.
  const update = begun?.follows(fresh) ? begun : new IndexUpdate(outDir, fresh, workers, workers);
  if (update !== begun) await begun?.close();
  const { plan } = update;
  try {
    const stale = plan.shards.filter((shard, i) => plan.outdated[i] || shard.pages.some((file) => changed.has(file)));
    const bundles = plan.shards.map((shard) => shard.bundle);
    const gone = (plan.before?.bundles ?? []).filter((bundle) => !bundles.includes(bundle));
    if (stale.length === 0 && gone.length === 0) return { pages: 0, errors: [] };

    const results = await update.results(stale);
    const errors = results.flatMap((result) => result.errors);
    if (errors.length > 0) return { pages: 0, errors };
    for (const bundle of gone) await fs.rm(path.join(plan.dir, bundle), { recursive: true, force: true });
    if (bundles.length === 1) await fs.rm(path.join(plan.dir, SHARDS_DIR), { recursive: true, force: true });
    writeIfChanged(path.join(plan.dir, MANIFEST), Buffer.from(JSON.stringify({ bundles, members: plan.members } satisfies Manifest)));
    return { pages: results.reduce((sum, result) => sum + result.pages, 0), errors: [] };
  } finally {
    await update.close();
  }
}

/** How to update the index. */
export interface UpdateOptions {
  /** Pages a bundle holds before the index is split (tests make it small). */
  shardPages?: number;
  /** An update begun while the build wrote its pages (see `SearchIndexer.begin`). */
  begun?: IndexUpdate;
  /** Worker threads at most (one per core by default). */
  workers?: number;
}

/** The guide's bundles, and which must be indexed again whatever pages change. */
interface IndexPlan {
  /** The output's `pagefind/` folder. */
  dir: string;
  before?: Manifest;
  shards: SearchShard[];
  /** A hash of each bundle's pages. */
  members: string[];
  /** Bundles whose entry point is missing, or whose pages are not the ones indexed before. */
  outdated: boolean[];
}

async function planIndex(outDir: string, pages: SearchPage[], shardPages?: number): Promise<IndexPlan> {
  const dir = path.join(outDir, SEARCH_INDEX_PATH);
  const before = await readManifest(dir);
  const shards = planSearchShards(pages, shardPages);
  const members = shards.map((shard) => hashOf(...shard.pages));
  const outdated = await Promise.all(
    shards.map(async (shard, i) => before?.members[i] !== members[i] || !(await exists(path.join(dir, shard.bundle, ENTRY)))),
  );
  return { dir, before, shards, members, outdated };
}

/**
 * An update of the index under way. Begun before a build writes its pages, it hands each bundle
 * to index again to a worker as soon as the bundle's pages are in place, so pagefind runs on the
 * core the build's rendering leaves free.
 */
export class IndexUpdate {
  private readonly pool: BundlePool;
  private readonly shardOf = new Map<string, SearchShard>();
  /** Each bundle's pages the build has not reported yet. */
  private readonly unreported = new Map<SearchShard, Set<string>>();
  /** Bundles to index again: outdated ones, and those holding a page the build wrote. */
  private readonly stale = new Set<SearchShard>();
  private readonly handed = new Map<string, Promise<BundleResult>>();

  /** `workers` while the build writes its pages, `finalWorkers` once it has (see `results`). */
  constructor(
    outDir: string,
    readonly plan: IndexPlan,
    workers: number,
    private readonly finalWorkers: number,
  ) {
    this.pool = new BundlePool(outDir, plan.dir, workers);
    plan.shards.forEach((shard, i) => {
      shard.pages.forEach((file) => this.shardOf.set(file, shard));
      this.unreported.set(shard, new Set(shard.pages));
      if (plan.outdated[i]) this.stale.add(shard);
    });
  }

  /** True when this update was planned with the same bundles as `plan`. */
  follows(plan: IndexPlan): boolean {
    return this.plan.members.length === plan.members.length && this.plan.members.every((hash, i) => hash === plan.members[i]);
  }

  /** Says that a page's file is in place: `written` by this build, or already up to date. */
  pageDone(file: string, written: boolean): void {
    const shard = this.shardOf.get(file);
    if (!shard) return;
    const left = this.unreported.get(shard)!;
    left.delete(file);
    if (written) this.stale.add(shard);
    if (left.size === 0 && this.stale.has(shard) && !this.handed.has(shard.bundle)) this.hand(shard);
  }

  /** Indexes the bundles (with all its workers from now on) and returns what each gave. */
  results(shards: SearchShard[]): Promise<BundleResult[]> {
    this.pool.grow(this.finalWorkers);
    return Promise.all(shards.map((shard) => this.handed.get(shard.bundle) ?? this.hand(shard)));
  }

  /** Drops the bundles not started yet, waits for those being indexed, then stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  private hand(shard: SearchShard): Promise<BundleResult> {
    const result = this.pool.index(shard);
    // Awaited by `results`; until then, a failure must not go unhandled.
    result.catch(() => undefined);
    this.handed.set(shard.bundle, result);
    return result;
  }
}

/** Updates the index after each build, one update at a time, waited for or in the background. */
export interface SearchIndexer {
  /**
   * Called before a build writes its pages. In the foreground, begins the update: a bundle to
   * index again (one the build writes a page of, and all of them on a first build) is indexed in
   * a worker as soon as `pageDone` has reported its pages, while the build renders on.
   */
  begin(pages: SearchPage[]): Promise<void>;
  /** Says that a page's HTML file is in place: `written` by this build, or already up to date. */
  pageDone(file: string, written: boolean): void;
  /** Drops the update begun, for a build that failed after it began. */
  abandon(): Promise<void>;
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
    pageDone(file, written) {
      begun?.pageDone(file, written);
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
