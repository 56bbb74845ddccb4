import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { hashOf } from '../hash.js';
import { readGuide } from '../load-guide.js';
import { createMarkdownContext } from '../markdown/markdown-context.js';
import { assetPath } from '../markdown/resolve-link.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { createSearchIndexer, isSearchIndexFile, searchPagesOf, type SearchIndexResult } from '../outputs/search-index.js';
import { renderLlmsFullTxt } from '../outputs/llms-full-txt.js';
import { renderSiteFiles } from '../outputs/site-files.js';
import { createRenderer } from '../render/create-renderer.js';
import {
  buildAuthorContext,
  createNav,
  buildNotFoundContext,
  buildPageContext,
  buildSiteContext,
  type PageContext,
} from '../render/page-context.js';
import { PRINT_PATH, renderPrintPage } from '../render/print-context.js';
import { resolveTheme, THEME_ASSETS_PATH } from '../render/resolve-theme.js';
import type { Guide, PageNode } from '../tree/types.js';
import { guardOutput } from '../write/guard-output.js';
import { listOutput, markerStamp } from '../write/write-output.js';
import { cachePath, cacheVersion, loadBuildState, releaseBuildState, saveBuildState, type BuildState } from './build-cache.js';
import { checkAnchors } from './check-anchors.js';
import { createMarkdownStage } from './markdown-stage.js';
import { createOutputPlan, type ProduceOutput } from './output-plan.js';
import { createNavSignatures, renderKey, structureSignature, wholeGuideKey } from './render-keys.js';

/** The whole guide as markdown, beside the pages. */
const LLMS_FULL = 'llms-full.txt';

/** Where and how to build. */
export interface BuildOptions extends BuildOverrides {
  /** The content folder. */
  root: string;
  /** Keep results in `node_modules/.cache/guidekit` so the next run renders only what changed. Default true. */
  cache?: boolean;
  /**
   * Write the outputs that hold the whole guide (the search index, the print page) after `build()`
   * returns instead of before, so a watch session reloads pages without waiting for them. Default false.
   */
  background?: boolean;
}

/** What a build did: pages and files written, problems found. `ok` is false when nothing was written. */
export interface BuildReport {
  ok: boolean;
  outDir: string;
  /** HTML pages the site has (content pages, author pages, 404). */
  pages: number;
  /** Files the site has in all. */
  files: number;
  /** Output files written (new or changed) and removed by this build. */
  written: string[];
  removed: string[];
  /** Source pages whose markdown was rendered, and HTML pages whose template was rendered. */
  renderedMarkdown: number;
  renderedPages: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** Milliseconds per stage, and in all. */
  timings: { load: number; markdown: number; render: number; write: number; total: number };
}

/** A long-lived build session: the first `build()` renders everything, later ones only what changed. */
export interface Builder {
  readonly config: Awaited<ReturnType<typeof loadConfig>>;
  /** Folders whose files this session reads: the content folder and the theme's folders. */
  readonly inputs: string[];
  /**
   * Builds, reusing what earlier builds (of this session, or cached by an earlier run) rendered.
   * A `final` build is the session's last: it saves the build cache while the search index is
   * brought up to date, rather than when the session closes.
   */
  build(options?: { final?: boolean }): Promise<BuildReport>;
  /** Waits for outputs still being written in the background and for the search index, saves the build cache and lets go of its files. */
  close(): Promise<void>;
}

/**
 * Creates a build session for a content folder. The config, theme and markdown processor are set
 * up once; create a new session when the config or theme changes.
 */
export async function createBuilder(options: BuildOptions): Promise<Builder> {
  const config = await loadConfig(options.root, options);
  guardOutput(config.root, config.outDir);
  const theme = resolveTheme(config);
  const renderer = createRenderer(config, theme);
  const cacheFile = options.cache === false ? undefined : cachePath(config);
  const version = cacheVersion(config);
  const state = loadBuildState(cacheFile, version, await markerStamp(config.outDir));
  const markdownStage = createMarkdownStage(config, options);
  const search = createSearchIndexer(config.outDir, options.background === true);
  // Whole-guide outputs a background build is still writing; the next build waits for them.
  let writingLater: Promise<void> | undefined;
  let laterProblem: string | undefined;
  // Stamp of the output folder's marker after the last successful build: saved with the cache.
  let marker: string | undefined;
  // After this session's first build, its output keys describe the folder exactly: no need to check files exist.
  let keysVerified = false;

  const build = async ({ final = false } = {}): Promise<BuildReport> => {
    const started = performance.now();
    const lap = stopwatch();
    const diagnostics = new DiagnosticBag();
    await writingLater;
    if (laterProblem) diagnostics.warn('whole-guide-output', `print page or llms-full.txt not updated: ${laterProblem}`);
    laterProblem = undefined;
    // Problems of the search index the last build updated in the background.
    reportSearch(search.take(), diagnostics);
    const guide = readGuide(config, state.sources, diagnostics);
    const site = buildSiteContext(guide, renderer);
    const load = lap();

    const { bodies, rendered } = await markdownStage.run(guide, createMarkdownContext(guide), state, diagnostics);
    const renderedMarkdown = rendered.size;
    checkAnchors(guide, bodies, diagnostics);
    const markdown = lap();

    const report = (ok: boolean, fields: Partial<BuildReport> = {}): BuildReport => ({
      ok,
      outDir: config.outDir,
      pages: 0,
      files: 0,
      written: [],
      removed: [],
      renderedMarkdown,
      renderedPages: 0,
      diagnostics: diagnostics.sorted(),
      errors: diagnostics.errors.length,
      warnings: diagnostics.warnings.length,
      ...fields,
      timings: { load, markdown, render: 0, write: 0, ...fields.timings, total: performance.now() - started },
    });
    if (diagnostics.errors.length > 0 || (config.strict && diagnostics.warnings.length > 0)) return report(false);

    // Every output file gets a key; only files whose key changed are rendered and written.
    const previous = state.outputs ?? new Map<string, string>();
    // Listed before anything is written: what the folder held that this build may make stale.
    const existing = state.outputs ? [...previous.keys()] : listOutput(config.outDir);
    const plan = createOutputPlan(config.outDir, previous, keysVerified, state.layouts);
    const navSignature = createNavSignatures(guide);
    const themeSignature = hashOf(renderer.signature, JSON.stringify(site));
    const structure = structureSignature(guide, themeSignature);
    const readingIndex = new Map(guide.pages.map((node, i) => [node, i]));
    const navOf = createNav(guide);
    let pages = 0;
    let renderedPages = 0;
    const renderPage = (page: PageContext, node: PageNode | undefined) => {
      renderedPages++;
      return renderer.render({ site, page, nav: navOf(node) });
    };
    const page = (file: string, makeContext: () => PageContext, node: PageNode | undefined, body?: RenderedMarkdown) => {
      pages++;
      const unchanged = structure === state.structure && !(node && rendered.has(node)) && previous.has(file);
      let context: PageContext | undefined;
      const key = unchanged ? previous.get(file)! : renderKey((context = makeContext()), body, navSignature(node), themeSignature);
      // The context is made without the body, which a key does not need: it is read (from the
      // build cache, maybe) only for a page that is rendered.
      const withBody = (page: PageContext) => (body ? { ...page, html: body.html } : page);
      search.pageDone(file, plan.emit(file, key, () => ({ content: renderPage(withBody(context ?? makeContext()), node) })));
    };

    // Every page, author page and file of the site; returns the outputs that hold the whole guide.
    const emitOutputs = async (): Promise<WholeGuideOutput[]> => {
      for (const file of guide.files.publicFiles) plan.copy(file, path.join(config.root, 'public', file));
      const assets = new Set<string>();
      // In the background (watch), nothing waits on the pages: a turn would only let the index's
      // timer, or a browser, in while they are half written.
      const turn = options.background ? () => undefined : turnTaker(TURN_MS);
      for (const node of guide.pages) {
        const body = bodies.get(node);
        const content = { html: '', headings: body?.data.headings ?? [], words: body?.data.words ?? 0, faq: body?.data.faq };
        page(`${node.path}index.html`, () => buildPageContext(guide, node, content, readingIndex), node, body);
        body?.data.assets.forEach((a) => assets.add(a));
        await turn();
      }
      for (const author of guide.authors.values()) page(`${author.path}index.html`, () => buildAuthorContext(guide, author), undefined);
      page('404.html', () => buildNotFoundContext(guide), undefined);
      pages++;
      const wholeGuide = wholeGuideOutputs(guide, bodies, state.sources, {
        printKey: hashOf(themeSignature, navSignature(undefined)),
        siteKey: JSON.stringify(site),
        renderPage,
      });
      for (const output of wholeGuide) {
        if (options.background) plan.keep(output.file);
        else plan.emit(output.file, output.key, output.produce);
      }
      for (const [file, content] of renderSiteFiles(guide)) plan.emit(file, hashOf(content), () => ({ content }));
      for (const file of [...assets].sort()) plan.copy(assetPath(file), path.join(config.root, file));
      for (const [file, source] of renderer.assets) plan.copy(`${THEME_ASSETS_PATH}${file}`, source);
      return wholeGuide;
    };
    const searchPages = searchPagesOf(guide);
    await search.begin(searchPages);
    try {
      const wholeGuide = await emitOutputs();
      const render = lap();

      const { removed, marker: stamp } = await plan.finish(existing, isSearchIndexFile);
      marker = stamp;
      state.outputs = plan.keys;
      state.layouts = plan.layouts;
      keysVerified = true;
      state.structure = structure;
      // The search workers index the bundles handed to them meanwhile.
      if (final) {
        search.markUnfinished();
        saveBuildState(cacheFile, version, marker, state);
      }
      const later = options.background ? wholeGuide.filter((output) => plan.keys.get(output.file) !== output.key) : [];
      if (later.length > 0) {
        writingLater = (async () => {
          // Written once the build has returned, so the pages it wrote are served first.
          await nextTurn();
          for (const output of later) plan.writeKept(output.file, output.key, output.produce);
        })().catch((error: unknown) => {
          laterProblem = error instanceof Error ? error.message : String(error);
        });
      }
      const { written } = plan;
      reportSearch(await search.update(searchPages, [...written, ...removed]), diagnostics);
      return report(true, {
        pages,
        files: plan.keys.size,
        written: written.sort(),
        removed,
        renderedPages,
        timings: { load, markdown, render, write: lap(), total: 0 },
      });
    } finally {
      // A build that fails on the way drops the search bundles begun for it (one that got as far
      // as updating the index has nothing left to drop).
      await search.abandon();
    }
  };

  const inputs = [config.root, ...theme.layers.flatMap((l) => [l.templatesDir, l.assetsDir])].filter((d) => fs.existsSync(d));
  const close = async () => {
    await writingLater;
    await search.abandon();
    await search.settled();
    // Saved at the end of the session (a final build has saved it, and nothing changed since):
    // a watch session rebuilds far more often than it stops.
    if (marker) saveBuildState(cacheFile, version, marker, state);
    releaseBuildState(state);
  };
  return { config, inputs, build, close };
}

/** An output that holds the whole guide: keyed before it is built, which it may be after the build returns. */
interface WholeGuideOutput {
  file: string;
  key: string;
  produce: ProduceOutput;
}

/**
 * The print page and `llms-full.txt` (unless the guide has its own). The print page's key is made
 * of `printKey` (theme and navigation) and every body; `llms-full.txt`'s of `siteKey`, every source
 * and every body (whose links it rewrites the same way).
 */
function wholeGuideOutputs(
  guide: Guide,
  bodies: Map<PageNode, RenderedMarkdown | undefined>,
  sources: BuildState['sources'],
  { printKey, siteKey, renderPage }: { printKey: string; siteKey: string; renderPage: (page: PageContext, node: undefined) => string },
): WholeGuideOutput[] {
  const print: WholeGuideOutput = {
    file: `${PRINT_PATH}index.html`,
    key: wholeGuideKey(guide, printKey, (node) => bodies.get(node)?.hash ?? ''),
    produce: (holds) => ({
      pieces: renderPrintPage(guide, bodies, (page) => renderPage(page, undefined), { frameKey: wholeGuideKey(guide, printKey, () => ''), holds }),
    }),
  };
  if (guide.files.publicFiles.includes(LLMS_FULL)) return [print];
  const sourceHash = (node: PageNode) => (node.file ? (sources.get(node.file)?.hash ?? '') : '');
  const llmsFull: WholeGuideOutput = {
    file: LLMS_FULL,
    key: wholeGuideKey(guide, siteKey, (node) => `${sourceHash(node)}:${bodies.get(node)?.hash ?? ''}`),
    produce: () => ({ pieces: renderLlmsFullTxt(guide, bodies, { salt: hashOf(siteKey), sourceHash }) }),
  };
  return [print, llmsFull];
}

/** Pagefind's problems are warnings: the site is built, only its search is out of date. */
function reportSearch(result: SearchIndexResult | undefined, diagnostics: DiagnosticBag): void {
  for (const error of result?.errors ?? []) diagnostics.warn('search-index', `search index not updated: ${error}`);
}

/**
 * How long pages are written without letting the event loop run: a search worker that has
 * indexed its bundle is heard, and handed the next, while the build writes on. Without it, the
 * worker sat idle until the last page (4 s of a core at 4000 pages).
 */
const TURN_MS = 20;

/** Returns a function that, once `ms` have passed since the last turn, waits for the event loop's next turn. */
function turnTaker(ms: number): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < ms) return undefined;
    return nextTurn().then(() => {
      last = performance.now();
    });
  };
}

function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const elapsed = now - last;
    last = now;
    return Math.round(elapsed);
  };
}
