import fs from 'node:fs/promises';
import path from 'node:path';
import { hashOf } from '../../support/hash.js';
import { createBundlePool, type BundlePool } from './bundle-pool.js';
import { ENTRY, type BundleResult } from './search-bundle.js';
import { writeIfChanged } from '../../write/write-through.js';
import { SEARCH_INDEX_PATH } from '../../model/site-paths.js';
import { MANIFEST, planSearchShards, SHARDS_DIR, type SearchPage, type SearchShard } from './search-shards.js';

/**
 * The manifest: each bundle's folder below `pagefind/`, and a hash of the pages it indexes (empty
 * for a bundle an update has still to index).
 */
export interface Manifest {
  bundles: string[];
  members: string[];
}

/** The guide's bundles, and which must be indexed again whatever pages change. */
export interface IndexPlan {
  /** The output's `pagefind/` folder. */
  dir: string;
  shards: SearchShard[];
  /** A hash of each bundle's pages. */
  members: string[];
  /** Bundles whose entry point is missing, or whose pages are not the ones indexed before. */
  outdated: boolean[];
}

/** Plans an update of the index of `pages` in `outDir`: its bundles, and those outdated. */
export async function planIndex(outDir: string, pages: SearchPage[], shardPages?: number): Promise<IndexPlan> {
  const dir = path.join(outDir, SEARCH_INDEX_PATH);
  const before = await readManifest(dir);
  const shards = planSearchShards(pages, shardPages);
  const members = shards.map((shard) => hashOf(...shard.pages));
  const outdated = await Promise.all(
    shards.map(async (shard, i) => before?.members[i] !== members[i] || !(await exists(path.join(dir, shard.bundle, ENTRY)))),
  );
  return { dir, shards, members, outdated };
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
  /** Where pages written by the build can be read before they are in place. */
  private readonly from = new Map<string, string>();

  /** `workers` while the build writes its pages, `finalWorkers` once it has (see `finish`). */
  constructor(
    outDir: string,
    readonly plan: IndexPlan,
    workers: number,
    private readonly finalWorkers: number,
  ) {
    this.pool = createBundlePool(outDir, plan.dir, workers);
    plan.shards.forEach((shard, i) => {
      shard.pages.forEach((file) => this.shardOf.set(file, shard));
      this.unreported.set(shard, new Set(shard.pages));
      if (plan.outdated[i]) this.stale.add(shard);
    });
  }

  /**
   * Says that a page's file is written: by this build (`written`, readable at `from` until the
   * build puts it in place), or already up to date.
   */
  pageDone(file: string, written: boolean, from?: string): void {
    const shard = this.shardOf.get(file);
    if (!shard) return;
    if (written && from) this.from.set(file, from);
    const left = this.unreported.get(shard)!;
    left.delete(file);
    if (written) this.stale.add(shard);
    if (left.size === 0 && this.stale.has(shard) && !this.handed.has(shard.bundle)) this.hand(shard);
  }

  /**
   * Writes the manifest with each bundle still to index (outdated, or holding a page written so
   * far) as not indexed: a build that saves its cache before the index is done, and is then
   * stopped or fails, leaves those bundles outdated for the next build, whatever its cache says.
   */
  markUnfinished(): void {
    this.writeManifest(this.plan.shards.map((shard, i) => (this.stale.has(shard) ? '' : this.plan.members[i]!)));
  }

  /**
   * Indexes the bundles to index again, those holding a file of `changed` too (with all its
   * workers from now on), removes the bundles the guide no longer has, and writes the manifest.
   * Returns what each bundle gave; nothing is written when one reports a problem.
   */
  async finish(changed: ReadonlySet<string>): Promise<BundleResult[]> {
    for (const file of changed) {
      const shard = this.shardOf.get(file);
      if (shard) this.stale.add(shard);
    }
    const bundles = this.plan.shards.map((shard) => shard.bundle);
    const gone = (await fs.readdir(path.join(this.plan.dir, SHARDS_DIR)).catch(() => []))
      .map((name) => `${SHARDS_DIR}${name}/`)
      .filter((bundle) => !bundles.includes(bundle));
    if (this.stale.size === 0 && gone.length === 0) return [];
    this.pool.grow(this.finalWorkers);
    const results = await Promise.all([...this.stale].map((shard) => this.handed.get(shard.bundle) ?? this.hand(shard)));
    if (results.some((result) => result.errors.length > 0)) return results;
    for (const bundle of gone) await fs.rm(path.join(this.plan.dir, bundle), { recursive: true, force: true });
    if (bundles.length === 1) await fs.rm(path.join(this.plan.dir, SHARDS_DIR), { recursive: true, force: true });
    this.writeManifest(this.plan.members);
    return results;
  }

  private writeManifest(members: string[]): void {
    const manifest: Manifest = { bundles: this.plan.shards.map((shard) => shard.bundle), members };
    writeIfChanged(path.join(this.plan.dir, MANIFEST), Buffer.from(JSON.stringify(manifest)));
  }

  /** Drops the bundles not started yet, waits for those being indexed, then stops the workers. */
  async close(): Promise<void> {
    await this.pool.close();
  }

  private hand(shard: SearchShard): Promise<BundleResult> {
    const from = Object.fromEntries(shard.pages.filter((page) => this.from.has(page)).map((page) => [page, this.from.get(page)!]));
    const result = this.pool.index({ ...shard, from });
    // Awaited by `finish`; until then, a failure must not go unhandled.
    result.catch(() => undefined);
    this.handed.set(shard.bundle, result);
    return result;
  }
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
