import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import { createGlossary } from '../markdown/glossary.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { describeTarget, resolveLink } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../model/guide.js';
import type { BuildState } from './cache/build-state.js';
import { availableParallelism } from 'node:os';
import type { BuildOverrides } from '../config/resolve-config.js';
import { hasWorkerScript, WorkerPool } from '../support/worker-pool.js';
import type { BuildOptions } from './build-options.js';

/** A page for a markdown worker to render; `highlighted` is its last rendering's (see `renderMarkdown`). */
export interface MarkdownTask {
  source: SourcePage;
  highlighted: string;
}

/** What a markdown worker loads the guide's config with: the CLI's overrides, without functions. */
export interface MarkdownWorkerData {
  root: string;
  overrides: BuildOverrides;
}

const WORKER_SCRIPT = new URL('./markdown-worker.js', import.meta.url);
/** Tasks kept in flight per worker, so none idles while this thread answers another. */
const IN_FLIGHT = 4;

/** Below this many pages to render, worker threads cost more to start than they save. */
const POOL_THRESHOLD = 48;
/**
 * Up to this many pages to render, this thread renders its share beside the workers rather than
 * idle. A larger batch leaves too much garbage in the heap the page templates use next: with
 * 4000 pages, peak memory rose by a quarter.
 */
const SHARED_BATCH = 1500;

/** Renders a page's markdown; `highlighted` is its last rendering's (see `renderMarkdown`). */
type RenderPage = (source: SourcePage, highlighted: string) => Promise<RenderedMarkdown>;

/** A page whose cached rendering is out of date: what the build cache holds of it. */
interface StalePage {
  node: PageNode;
  /** Its key in the build cache (see `renderingKey`). */
  file: string;
  hash: string;
  source: SourcePage;
  highlighted: string;
}

/** What the markdown stage gives the build. */
export interface RenderedBodies {
  /** Each page's rendered markdown (none for a folder without its own page). */
  bodies: Map<PageNode, RenderedMarkdown | undefined>;
  /** The pages rendered by this build (the others' renderings came from the cache). */
  rendered: Set<PageNode>;
  /** The context the pages were rendered with, the glossary's terms included. */
  context: MarkdownContext;
}

/** Renders the markdown of every page whose cached rendering is out of date. */
export interface MarkdownStage {
  /**
   * Renders one tree's pages; the renderings cached for pages no longer in `guides` (default: this
   * tree alone) are dropped.
   */
  run(guide: Guide, context: MarkdownContext, state: BuildState, diagnostics: DiagnosticBag, guides?: readonly Guide[]): Promise<RenderedBodies>;
}

/**
 * A page's key in the build cache's renderings: its file, or for a default-locale page shown in a
 * translation (whose links lead into the translation) the locale and the file.
 */
export function renderingKey(guide: Guide, node: PageNode): string {
  return node.untranslated && guide.locale ? `${guide.locale.key}\u0000${node.file}` : node.file!;
}

/**
 * Creates the markdown stage of a build session: a few pages render in this thread, many in a
 * pool of worker threads started for that batch (and in this thread, up to a point). The
 * processor is created on first use, so a build that renders nothing loads no markdown code.
 *
 * The glossary page renders first: its rendering gives the terms (with the ids its headings
 * have) that every other page links to.
 */
export function createMarkdownStage(config: ResolvedConfig, options: BuildOptions): MarkdownStage {
  let inline: RenderPage | undefined;
  let current: MarkdownContext | undefined;

  const inlineRenderer = async () => {
    if (!inline) {
      const [{ createProcessor }, { renderMarkdown }] = await Promise.all([
        import('../markdown/create-processor.js'),
        import('../markdown/render-markdown.js'),
      ]);
      const processor = createProcessor(config, () => current!);
      inline = (source, highlighted) => renderMarkdown(processor, source, highlighted);
    }
    return inline;
  };

  /** Renders the stale pages with `context`, in the pool when there are many. */
  const renderStale = async (stale: StalePage[], context: MarkdownContext): Promise<RenderedMarkdown[]> => {
    if (stale.length === 0) return [];
    current = context;
    const cores = hasWorkerScript(WORKER_SCRIPT) ? availableParallelism() : 0;
    if (stale.length >= POOL_THRESHOLD && cores > 1) return renderInPool(stale, context, cores, { config, options, inlineRenderer });
    const render = await inlineRenderer();
    const results: RenderedMarkdown[] = [];
    for (const page of stale) results.push(await render(page.source, page.highlighted));
    return results;
  };

  return {
    async run(guide, context, state, diagnostics, guides = [guide]) {
      const bodies = new Map<PageNode, RenderedMarkdown | undefined>();
      const rendered = new Set<PageNode>();
      /** Renders the pages whose cached rendering does not hold with `context`, and keeps every page's body. */
      const renderPages = async (nodes: PageNode[], context: MarkdownContext) => {
        const stale: StalePage[] = [];
        for (const node of nodes) {
          const entry = node.file ? state.sources.get(node.file) : undefined;
          if (!entry?.source) {
            bodies.set(node, undefined);
            continue;
          }
          const key = renderingKey(guide, node);
          const cached = state.markdown.get(key);
          if (cached && cached.sourceHash === entry.hash && lookupsHold(context, node.file!, cached.result)) {
            bodies.set(node, cached.result);
          } else {
            // What the build cache holds of the page is read here, where a damaged cache stops the
            // build, not later inside a worker's message: the source (copied) and its code.
            stale.push({ node, file: key, hash: entry.hash, source: { ...entry.source }, highlighted: cached?.result.highlighted ?? '' });
          }
        }
        const results = await renderStale(stale, context);
        stale.forEach((page, i) => {
          state.markdown.set(page.file, { sourceHash: page.hash, result: results[i]! });
          bodies.set(page.node, results[i]!);
          rendered.add(page.node);
        });
      };

      const glossaryPage = context.glossaryFile === undefined ? undefined : guide.byFile.get(context.glossaryFile);
      let full = context;
      if (glossaryPage) {
        await renderPages([glossaryPage], context);
        const terms = bodies.get(glossaryPage)?.data.glossaryTerms ?? [];
        full = { ...context, glossary: createGlossary(glossaryPage.file!, glossaryPage.url, terms) };
      }
      await renderPages(guide.pages.filter((node) => node !== glossaryPage), full);
      const kept = new Set(guides.flatMap((g) => g.pages.filter((n) => n.file).map((n) => renderingKey(g, n))));
      for (const key of state.markdown.keys()) if (!kept.has(key)) state.markdown.delete(key);
      for (const node of guide.pages) bodies.get(node)?.diagnostics.forEach((d) => diagnostics.add(d));
      return { bodies, rendered, context: full };
    },
  };
}

/**
 * Renders a batch of pages in worker threads started for it (no workers on one core, or when
 * running from the TypeScript sources, as tests do). Workers live for one batch: their heaps are
 * freed before the pages are rendered. This thread takes pages from the same list as they do,
 * in a batch it may share.
 */
async function renderInPool(
  stale: StalePage[],
  context: MarkdownContext,
  cores: number,
  { config, options, inlineRenderer }: { config: ResolvedConfig; options: BuildOptions; inlineRenderer: () => Promise<RenderPage> },
): Promise<RenderedMarkdown[]> {
  const shared = stale.length <= SHARED_BATCH;
  const workerData: MarkdownWorkerData = { root: config.root, overrides: poolOverrides(options) };
  const pool = new WorkerPool<MarkdownTask, RenderedMarkdown, MarkdownContext>(WORKER_SCRIPT, {
    workerData,
    size: cores - (shared ? 1 : 0),
    inFlight: IN_FLIGHT,
  });
  try {
    pool.share(context);
    const results: RenderedMarkdown[] = [];
    let next = 0;
    const lane = async (renderPage: RenderPage, here: boolean) => {
      try {
        for (let i = next++; i < stale.length; i = next++) {
          results[i] = await renderPage(stale[i]!.source, stale[i]!.highlighted);
          // Lets the workers' answers in, so they are never left without pages.
          if (here) await nextTurn();
        }
      } catch (error) {
        // A failed worker fails the batch: the other lanes take no more pages.
        next = stale.length;
        throw error;
      }
    };
    const workerLanes = Array.from({ length: pool.capacity }, () => lane((source, highlighted) => pool.run({ source, highlighted }), false));
    await Promise.all([...workerLanes, ...(shared ? [lane(await inlineRenderer(), true)] : [])]);
    return results;
  } finally {
    await pool.close();
  }
}

/** What a worker needs to load the same config: the CLI's overrides, without functions. */
function poolOverrides(options: BuildOptions): BuildOverrides {
  return { outDir: options.outDir, base: options.base, drafts: options.drafts, strict: options.strict };
}

/**
 * True when every link the page's cached rendering resolved would resolve the same now, and it was
 * rendered with the glossary terms, the included files and the component templates of now.
 */
function lookupsHold(context: MarkdownContext, file: string, result: RenderedMarkdown): boolean {
  if (result.data.glossary !== context.glossary?.signature) return false;
  for (const [included, hash] of result.data.includes ?? []) if ((context.includes.get(included)?.hash ?? '') !== hash) return false;
  for (const [name, hash] of result.data.components ?? []) if ((context.components?.get(name)?.hash ?? '') !== hash) return false;
  for (const [href, described] of result.data.lookups) {
    if (describeTarget(resolveLink(context, file, href)) !== described) return false;
  }
  return true;
}
