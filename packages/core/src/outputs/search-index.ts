import fs from 'node:fs/promises';
import path from 'node:path';

/** Where the search index lives in the output folder. */
export const SEARCH_INDEX_PATH = 'pagefind/';
/** The index's entry point, written last: while it is there, the index is whole. */
const ENTRY = 'pagefind-entry.json';

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
 * Builds the full-text search index of the HTML pages in the output folder with pagefind (which
 * indexes only what the theme marks `data-pagefind-body`), then writes its files to `pagefind/`
 * (each through a temporary name, changed files only) and removes the files of the index before.
 * Runs after the pages are written; skipped when no page changed and the index is whole.
 */
export async function updateSearchIndex(outDir: string, pagesChanged: boolean): Promise<SearchIndexResult> {
  const dir = path.join(outDir, SEARCH_INDEX_PATH);
  const before = await listFiles(dir);
  if (!pagesChanged && before.includes(ENTRY)) return { pages: 0, errors: [] };
  const { createIndex } = await import('pagefind');
  const created = await createIndex();
  if (!created.index) return { pages: 0, errors: created.errors };
  const { index } = created;
  try {
    const added = await index.addDirectory({ path: outDir });
    const { files, errors } = await index.getFiles();
    const problems = [...added.errors, ...errors];
    if (problems.length > 0) return { pages: 0, errors: problems };
    // The entry point last, so a reader never finds it pointing at files not written yet.
    const ordered = [...files].sort((a, b) => Number(a.path === ENTRY) - Number(b.path === ENTRY));
    for (const file of ordered) await writeIfChanged(path.join(dir, file.path), file.content);
    const fresh = new Set(files.map((f) => f.path));
    for (const stale of before.filter((f) => !fresh.has(f))) await fs.rm(path.join(dir, stale), { force: true });
    return { pages: added.page_count, errors: [] };
  } finally {
    await index.deleteIndex();
  }
}

/** Updates the index after each build, one update at a time, waited for or in the background. */
export interface SearchIndexer {
  /**
   * Updates the index once a build has written its pages. In the foreground, resolves with the
   * result. In the background (watch), resolves at once and updates the index once the pages have
   * not changed for a moment; pages that change while an update runs are indexed by one more run.
   */
  update(pagesChanged: boolean): Promise<SearchIndexResult | undefined>;
  /** The result of a finished background update, handed over once (to report its problems). */
  take(): SearchIndexResult | undefined;
  /** Waits for a running background update, then hands over its result. */
  settled(): Promise<SearchIndexResult | undefined>;
}

/** In the background, how long the pages must stay unchanged before the index is updated. */
const QUIET_MS = 1500;

/** Creates the search indexer of a build session writing to `outDir`. */
export function createSearchIndexer(outDir: string, background: boolean): SearchIndexer {
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  // Set by an update, cleared by the run that takes it; `pagesChanged` says whether pages changed too.
  let changed = false;
  let pagesChanged = false;
  let firstUpdate = true;
  let finished: SearchIndexResult | undefined;
  const attempt = (pagesChanged: boolean): Promise<SearchIndexResult> =>
    updateSearchIndex(outDir, pagesChanged).catch((error: unknown) => ({
      pages: 0,
      errors: [error instanceof Error ? error.message : String(error)],
    }));
  // Indexing takes seconds and a core: while an author keeps saving, it waits for a pause, so
  // it never slows the rebuilds themselves.
  const run = () => {
    timer = undefined;
    if (running) return;
    running = (async () => {
      while (changed) {
        const pages = pagesChanged;
        changed = pagesChanged = false;
        finished = await attempt(pages);
      }
    })().finally(() => {
      running = undefined;
      if (changed && !timer) timer = setTimeout(run, QUIET_MS);
    });
  };
  return {
    async update(pages) {
      if (!background) return attempt(pages);
      // The session's first build checks the index even when no page changed: it may be missing.
      if (!pages && !firstUpdate) return undefined;
      firstUpdate = false;
      changed = true;
      pagesChanged ||= pages;
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

async function writeIfChanged(target: string, content: Uint8Array): Promise<void> {
  const current = await fs.readFile(target).catch(() => undefined);
  if (current?.equals(content)) return;
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(`${target}.guidekit-tmp`, content);
  await fs.rename(`${target}.guidekit-tmp`, target);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
