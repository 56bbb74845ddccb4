import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isRunning } from '../../support/is-running.js';
import { listFiles } from '../../support/list-files.js';
import { writeIfChanged } from '../../write/write-through.js';
import { searchDocument } from './search-document.js';
import { MANIFEST, SHARDS_DIR, type SearchShard } from './search-shards.js';

/** A bundle's entry point, written last: while it is there, the bundle is whole. */
export const ENTRY = 'pagefind-entry.json';

/**
 * Where pages are staged for pagefind: a memory-backed folder where the system has one, as
 * creating a folder per page costs a disk more than the indexing it saves; else, or when that
 * folder is full or not writable, the temporary folder.
 */
const MEMORY_ROOT = fs.existsSync('/dev/shm') ? '/dev/shm' : undefined;
const STAGING_PREFIX = 'guidekit-search-';
/** A staging folder this old was left by a build that was stopped: it is removed. */
const STALE_MS = 60 * 60 * 1000;

/** What indexing one bundle did: pages indexed, or the problems pagefind reported. */
export interface BundleResult {
  pages: number;
  errors: string[];
}

/**
 * Indexes one bundle of the search index (`indexDir` is the output's `pagefind/` folder) and writes
 * its files. Pagefind indexes a staging copy of the bundle's pages that holds only what it reads
 * of them (see `searchDocument`): the whole pages took it three times as long. Nothing is written
 * when pagefind reports a problem.
 */
export async function indexBundle(outDir: string, indexDir: string, shard: SearchShard): Promise<BundleResult> {
  const staging = stagePages(outDir, shard);
  try {
    const { createIndex } = await import('pagefind');
    const created = await createIndex();
    if (!created.index) return { pages: 0, errors: created.errors };
    const { index } = created;
    try {
      const added = await index.addDirectory({ path: staging, glob: '**/*.html' });
      const { files, errors } = await index.getFiles();
      errors.unshift(...added.errors);
      if (errors.length === 0) writeBundle(indexDir, shard.bundle, files);
      return { pages: added.page_count, errors };
    } finally {
      await index.deleteIndex();
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Why a folder may refuse what is written to it. */
const CANNOT_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS']);

/** Writes the search documents of `pages` to a new staging folder, and returns it. */
function stagePages(outDir: string, shard: SearchShard): string {
  if (MEMORY_ROOT) {
    try {
      return stageIn(MEMORY_ROOT, outDir, shard);
    } catch (error) {
      // Full or not writable: the temporary folder, on disk. Any other failure is the bundle's.
      if (!CANNOT_WRITE.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    }
  }
  return stageIn(os.tmpdir(), outDir, shard);
}

/** Stages `pages` in a new folder below `root`, one page at a time; nothing is left if it fails. */
function stageIn(root: string, outDir: string, { pages, from = {} }: SearchShard): string {
  // Named after the process, so the folder of one that was killed is known at once (see `removeStaleIn`).
  const staging = fs.mkdtempSync(path.join(root, `${STAGING_PREFIX}${process.pid}-`));
  try {
    for (const file of pages) {
      const html = readPage(outDir, file, from[file]);
      const target = path.join(staging, file);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, searchDocument(html) ?? html);
    }
    return staging;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A page's HTML: where the build wrote it (`written`), or in place once the build has moved it
 * there (a rename: the file is in one place or the other).
 */
function readPage(outDir: string, file: string, written: string | undefined): string {
  if (written) {
    try {
      return fs.readFileSync(written, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return fs.readFileSync(path.join(outDir, file), 'utf8');
}

/**
 * Removes, as far as it may, the staging folders that stopped builds left (in memory, where the
 * system has it): called once per build session, whether or not it indexes anything.
 */
export function removeStaleStaging(): void {
  for (const root of [MEMORY_ROOT, os.tmpdir()]) if (root) removeStaleIn(root);
}

function removeStaleIn(root: string): void {
  const names = fs.existsSync(root) ? fs.readdirSync(root) : [];
  for (const name of names) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const dir = path.join(root, name);
    try {
      const stat = fs.statSync(dir, { throwIfNoEntry: false });
      const pid = Number(/^\D*(\d+)-/.exec(name.slice(STAGING_PREFIX.length))?.[1] ?? NaN);
      const orphaned = Number.isInteger(pid) ? !isRunning(pid) : false;
      if (stat && (orphaned || Date.now() - stat.mtimeMs > STALE_MS)) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another user's folder, say: not ours to remove.
    }
  }
}

/**
 * Pagefind's own search interface (about 430 KB): the main bundle keeps it, for a theme that uses
 * it; the other bundles are only merged into the main one, which never loads theirs.
 */
const UI_FILE = /^pagefind-(?:(?:component-|modular-)?ui\.(?:js|css)|highlight\.js)$/;

/**
 * Writes one bundle's files (changed files only, through a temporary name, its entry point last)
 * and removes the files of the bundle before; the main bundle keeps the manifest and the other
 * bundles' folder.
 */
function writeBundle(indexDir: string, bundle: string, all: { path: string; content: Uint8Array }[]): void {
  const target = path.join(indexDir, bundle);
  const before = listFiles(target);
  const files = bundle === '' ? all : all.filter((file) => !UI_FILE.test(file.path));
  const ordered = [...files].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
  for (const file of ordered) writeIfChanged(path.join(target, file.path), file.content);
  const fresh = new Set(files.map((f) => f.path));
  const kept = (file: string) => fresh.has(file) || (bundle === '' && (file === MANIFEST || file.startsWith(SHARDS_DIR)));
  for (const stale of before.filter((file) => !kept(file))) fs.rmSync(path.join(target, stale), { force: true });
}
