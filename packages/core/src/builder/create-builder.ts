import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { createMarkdownContext } from '../markdown/markdown-context.js';
import { createSearchIndexer, isSearchIndexFile, NO_SEARCH_INDEXER, searchPagesOf, type SearchIndexResult } from '../outputs/search/search-index.js';
import { createRenderer } from '../render/create-renderer.js';
import { buildSiteContext } from '../render/page-context.js';
import { readComponentTemplates } from '../theme/component-templates.js';
import { resolveTheme, themeFolders } from '../theme/resolve-theme.js';
import { guardOutput } from '../write/guard-output.js';
import { lockOutput } from '../write/output-lock.js';
import { listOutput, markerStamp } from '../write/write-output.js';
import type { BuildOptions } from './build-options.js';
import { startReport, type BuildReport, type ReportFields } from './build-report.js';
import { cachePath, cacheVersion, loadBuildState, releaseBuildState, saveBuildState } from './cache/build-cache.js';
import { checkAnchors } from './check-anchors.js';
import { emitRedirects } from './emit-redirects.js';
import { emitSite, type EmittedSite, type SiteInput } from './emit-site.js';
import { sameManifest, type UrlManifest } from '../outputs/redirects.js';
import { reportFailure } from './failure-diagnostics.js';
import { createLaterWrites, type LaterWrites } from './later-writes.js';
import { includeFolders } from '../discover/mdbook/read-book.js';
import { readGuide } from './load-guide.js';
import { createMarkdownStage } from './markdown-stage.js';
import { createOutputPlan, type OutputPlan } from '../write/output-plan.js';
import { hasOutputZip, removeOutputZip, writeOutputZip } from '../write/zip-output.js';
import { GUIDE_ZIP } from '../model/site-paths.js';
import { resolvePortableUrls } from '../support/portable-urls.js';
import type { Guide } from '../model/guide.js';
import { createTranslations } from '../navigation/translations.js';
import { createVersionLinks } from '../navigation/versions.js';
import { hashOf } from '../support/hash.js';
import type { RenderedBodies } from './markdown-stage.js';
import { reportUndrawnDiagrams } from './undrawn-diagrams.js';

export type { BuildOptions } from './build-options.js';
export type { BuildReport } from './build-report.js';

/** A long-lived build session: the first `build()` renders everything, later ones only what changed. */
export interface Builder {
  readonly config: ResolvedConfig;
  /** Folders whose files this session reads: the content folder, folders its pages include from, and the theme's folders. */
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
 *
 * A build reads the content and builds its tree, renders the markdown of the pages that changed,
 * stops there if the content has errors, then plans every output file (rendering and writing
 * those whose key changed), removes what the site no longer has, saves the build cache, and
 * brings the search index up to date.
 */
export async function createBuilder(options: BuildOptions): Promise<Builder> {
  const config = await loadConfig(options.root, options);
  guardOutput(config.root, config.outDir);
  const background = options.background === true;
  const theme = resolveTheme(config);
  const renderer = createRenderer(config, theme);
  const components = readComponentTemplates(theme);
  const cacheFile = options.cache === false ? undefined : cachePath(config);
  const version = cacheVersion(config);
  const loadedMarker = await markerStamp(config.outDir);
  const state = loadBuildState(cacheFile, version, loadedMarker);
  const markdownStage = createMarkdownStage(config, options);
  // A portable build's index is a script of the site (see `renderPortableSearchIndex`), not pagefind's.
  const search = config.portable ? NO_SEARCH_INDEXER : createSearchIndexer(config.outDir, background);
  const later = createLaterWrites();
  const session: OutputSession = { cacheFile, version, loadedMarker, keysVerified: false };

  const build = async ({ final = false } = {}): Promise<BuildReport> => {
    const diagnostics = new DiagnosticBag();
    const { lap, report } = startReport(config.outDir, config.strict, diagnostics);
    // What the last build left to the background: whole-guide outputs and the search index.
    await later.settle(diagnostics);
    reportSearch(search.take(), diagnostics);
    const { guides, content } = readGuide(config, state.sources, diagnostics);
    const sites = guides.map((guide) => buildSiteContext(config, guide, renderer, content.files.publicFiles, diagnostics));
    checkEpubCover(config, content.files.publicFiles, diagnostics);
    const load = lap();

    // One tree per locale of each version (just one without either), each rendered with its own links and glossary.
    const runs: RenderedBodies[] = [];
    for (const guide of guides) {
      const run = await markdownStage.run(guide, createMarkdownContext(guide, content, components), state, diagnostics, guides);
      checkAnchors(guide, run.bodies, diagnostics);
      runs.push(run);
    }
    reportUndrawnDiagrams(runs.map((run, i) => ({ guide: guides[i]!, bodies: run.bodies })), content, 'diagrams' in renderer.features, diagnostics);
    const markdown = lap();
    const renderedMarkdown = runs.reduce((n, run) => n + run.rendered.size, 0);
    if (diagnostics.errors.length > 0 || (config.strict && diagnostics.warnings.length > 0)) {
      return report(false, { renderedMarkdown, timings: { load, markdown } });
    }

    const inputs = guides.map((guide, i): SiteInput => {
      const { bodies, rendered, context: markdownContext } = runs[i]!;
      return { config, guide, content, site: sites[i]!, renderer, markdownContext, bodies, rendered, state, search, background };
    });
    return writeSite(inputs, session, { final, later, diagnostics, lap, report, done: { load, markdown, renderedMarkdown } });
  };

  const inputs = [config.root, ...includeFolders(config.root), ...themeFolders(theme)];
  let closed = false;
  const close = async () => {
    // A session whose new builder failed to load closes the old one again when it stops.
    if (closed) return;
    closed = true;
    await later.settle();
    await search.abandon();
    await search.settled();
    // Saved at the end of the session (a final build has saved it, and nothing changed since):
    // a watch session rebuilds far more often than it stops.
    if (session.marker) saveBuildState(cacheFile, version, session.marker, state);
    releaseBuildState(state);
  };
  return { config, inputs, build, close };
}

/** What a session keeps of its output folder from one build to the next. */
interface OutputSession {
  cacheFile?: string;
  version: string;
  /** The folder's marker stamp when the session began. */
  loadedMarker?: string;
  /** Its stamp after the session's last successful build: saved with the cache. */
  marker?: string;
  /** After the session's first build, its output keys describe the folder exactly: files need not be checked for. */
  keysVerified: boolean;
}

/** What a build passes on to its writing: how it reports, and what it measured so far. */
interface WriteContext {
  final: boolean;
  later: LaterWrites;
  diagnostics: DiagnosticBag;
  lap: () => number;
  report: (ok: boolean, fields?: ReportFields) => BuildReport;
  done: { load: number; markdown: number; renderedMarkdown: number };
}

/**
 * Writes the site of a build whose content has no errors, holding the output folder: plans and
 * emits every file, puts them in place and removes what the site no longer has, saves the build
 * cache (on a final build), starts the background writes (in watch) and updates the search index.
 * With locales or versions, `inputs` has one tree per locale of each version.
 */
async function writeSite(inputs: SiteInput[], session: OutputSession, { final, later, diagnostics, lap, report, done }: WriteContext): Promise<BuildReport> {
  const { config, state, search, background } = inputs[0]!;
  const { load, markdown, renderedMarkdown } = done;
  // One build at a time writes to a folder; one that wrote it meanwhile makes this session's keys stale.
  const lock = await lockOutput(config.outDir).catch((error: unknown) => reportFailure(error, config.outDir, diagnostics));
  if (!lock) return report(false, { renderedMarkdown, timings: { load, markdown } });
  if (lock.waitedMs > 1000) diagnostics.warn('output-lock', `waited ${Math.round(lock.waitedMs / 1000)} s for another build writing to ${config.outDir}`);
  if (state.outputs && (await markerStamp(config.outDir)) !== (session.marker ?? session.loadedMarker)) {
    state.outputs = undefined;
    session.keysVerified = false;
  }
  const searchPages = inputs.flatMap((input) => searchPagesOf(input.guide));
  try {
    // Every output file gets a key; only files whose key changed are rendered and written.
    // Listed before anything is written: what the folder held that this build may make stale.
    const existing = state.outputs ? [...state.outputs.keys()] : listOutput(config.outDir);
    const rewrite = config.portable ? resolvePortableUrls : undefined;
    const plan = createOutputPlan(config.outDir, state.outputs ?? new Map(), session.keysVerified, state.layouts, rewrite);
    await search.begin(searchPages);
    let published: UrlManifest | undefined;
    const emitted = await emitOrAbort(config, async () => {
      const site = await emitVariants(inputs, plan);
      published = emitRedirects(inputs, plan);
      return site;
    }, plan, diagnostics);
    if (!emitted) return report(false, { renderedMarkdown, timings: { load, markdown } });
    const render = lap();

    // The zip is written once the folder is complete, again only when a file changed (an old one
    // goes first, so a build stopped halfway leaves none); pagefind's files are kept up to date by
    // the indexer, and removed from a portable build's folder, which has none.
    const zip = config.zip && !background;
    if (!zip || plan.written.length > 0) removeOutputZip(config.outDir, GUIDE_ZIP);
    const finished = await plan.finish(existing, (file) => file === GUIDE_ZIP || (!config.portable && isSearchIndexFile(file)));
    if (zip && (finished.removed.length > 0 || !hasOutputZip(config.outDir, GUIDE_ZIP))) await writeOutputZip(config.outDir, GUIDE_ZIP);
    session.marker = finished.marker;
    state.outputs = plan.keys;
    state.layouts = plan.layouts;
    state.structure = emitted.structure;
    // The same manifest keeps its object, so a rebuild that changes nothing does not save the cache.
    if (!sameManifest(state.published, published)) state.published = published;
    session.keysVerified = true;
    // The search workers index the bundles handed to them meanwhile.
    if (final) {
      search.markUnfinished();
      saveBuildState(session.cacheFile, session.version, finished.marker, state);
    }
    if (background) later.start(plan, emitted.wholeGuide);
    const written = plan.written.sort();
    reportSearch(await search.update(searchPages, [...written, ...finished.removed]), diagnostics);
    const timings = { load, markdown, render, write: lap() };
    const { pages, renderedPages } = emitted;
    return report(true, { pages, files: plan.keys.size, written, removed: finished.removed, renderedMarkdown, renderedPages, timings });
  } finally {
    // A build that fails on the way drops the search bundles begun for it (one that got as far
    // as updating the index has nothing left to drop).
    await search.abandon();
    lock.release();
  }
}

/**
 * Emits the site into `plan`. When that fails with a problem of the build (a template's error, a
 * full disk), it is reported and nothing this build wrote is put in place: the output folder is
 * left as it was. Anything else is an internal error, and is thrown.
 */
async function emitOrAbort(
  config: ResolvedConfig,
  emit: () => Promise<EmittedSite>,
  plan: OutputPlan,
  diagnostics: DiagnosticBag,
): Promise<EmittedSite | undefined> {
  try {
    return await emit();
  } catch (error) {
    plan.abort();
    reportFailure(error, config.outDir, diagnostics);
    return undefined;
  }
}

/**
 * Emits each tree into one plan (one tree without locales or versions): the first also writes
 * what the trees share. The structure signature is each tree's, one a line.
 */
async function emitVariants(inputs: SiteInput[], plan: OutputPlan): Promise<EmittedSite> {
  if (inputs.length === 1) return emitSite(inputs[0]!, plan);
  const guides = inputs.map((input) => input.guide);
  const previous = inputs[0]!.state.structure?.split('\n') ?? [];
  const variants = {
    latest: guides.filter((guide) => guide.version?.latest !== false),
    copied: new Set<string>(),
    translations: createTranslations(guides),
    versions: createVersionLinks(guides),
    salt: variantsSalt(guides),
  };
  const total: EmittedSite = { pages: 0, renderedPages: 0, wholeGuide: [], structure: '' };
  const structures: string[] = [];
  for (const [i, input] of inputs.entries()) {
    const emitted = await emitSite({ ...input, previousStructure: previous[i], variants: { ...variants, shared: i === 0 } }, plan);
    total.pages += emitted.pages;
    total.renderedPages += emitted.renderedPages;
    total.wholeGuide.push(...emitted.wholeGuide);
    structures.push(emitted.structure);
  }
  return { ...total, structure: structures.join('\n') };
}

/** What the translations and versions of every tree's pages depend on: each tree's pages, where they are and whether they are translated. */
function variantsSalt(guides: readonly Guide[]): string {
  return hashOf(...guides.flatMap((g) => g.pages.map((n) => `${g.version?.key}\t${g.locale?.key}\t${n.localeId}\t${n.url}\t${n.title}\t${n.untranslated ? 1 : 0}`)));
}

/** Pagefind's problems are warnings: the site is built, only its search is out of date. */
function reportSearch(result: SearchIndexResult | undefined, diagnostics: DiagnosticBag): void {
  for (const error of result?.errors ?? []) diagnostics.warn('search-index', `search index not updated: ${error}`);
}

/** The EPUB's cover must be a file of `public/`: a book without the cover its config names is an error. */
function checkEpubCover(config: ResolvedConfig, publicFiles: readonly string[], diagnostics: DiagnosticBag): void {
  const cover = config.epub?.cover;
  if (cover === undefined || publicFiles.includes(cover)) return;
  const file = config.configFile ? path.relative(config.root, config.configFile) : undefined;
  diagnostics.error('config', `\`epub.cover\`: public/${cover} not found`, { file }, 'put the image in public/, or give the path of one there');
}
