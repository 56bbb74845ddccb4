import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { describeTarget, resolveLink } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../model/guide.js';
import type { BuildState } from './cache/build-cache.js';
import { createMarkdownPool, defaultPoolSize } from './markdown-pool.js';
import type { BuildOptions } from './build-options.js';

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

/** Renders the markdown of every page whose cached rendering is out of date. */
export interface MarkdownStage {
  run(
    guide: Guide,
    context: MarkdownContext,
    state: BuildState,
    diagnostics: DiagnosticBag,
  ): Promise<{ bodies: Map<PageNode, RenderedMarkdown | undefined>; rendered: Set<PageNode> }>;
}

/**
 * Creates the markdown stage of a build session: a few pages render in this thread, many in a
 * pool of worker threads started for that batch (and in this thread, up to a point). The
 * processor is created on first use, so a build that renders nothing loads no markdown code.
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

  return {
    async run(guide, context, state, diagnostics) {
      current = context;
      const bodies = new Map<PageNode, RenderedMarkdown | undefined>();
      const stale: { node: PageNode; file: string; hash: string; source: SourcePage; highlighted: string }[] = [];
      for (const node of guide.pages) {
        const entry = node.file ? state.sources.get(node.file) : undefined;
        if (!entry?.source) {
          bodies.set(node, undefined);
          continue;
        }
        const cached = state.markdown.get(node.file!);
        if (cached && cached.sourceHash === entry.hash && lookupsHold(context, node.file!, cached.result)) {
          bodies.set(node, cached.result);
        } else {
          // What the build cache holds of the page is read here, where a damaged cache stops the
          // build, not later inside a worker's message: the source (copied) and its code.
          stale.push({ node, file: node.file!, hash: entry.hash, source: { ...entry.source }, highlighted: cached?.result.highlighted ?? '' });
        }
      }
      const cores = defaultPoolSize();
      if (stale.length >= POOL_THRESHOLD && cores > 1) {
        // Workers live for one batch: their heaps are freed before the pages are rendered. This
        // thread takes pages from the same list as they do, in a batch it may share.
        const shared = stale.length <= SHARED_BATCH;
        const pool = createMarkdownPool(config.root, poolOverrides(options), cores - (shared ? 1 : 0));
        try {
          pool.setContext(context);
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
          const workerLanes = Array.from({ length: pool.capacity }, () => lane(pool.render, false));
          await Promise.all([...workerLanes, ...(shared ? [lane(await inlineRenderer(), true)] : [])]);
          stale.forEach((page, i) => store(page, results[i]!));
        } finally {
          await pool.close();
        }
      } else if (stale.length > 0) {
        const render = await inlineRenderer();
        for (const page of stale) store(page, await render(page.source, page.highlighted));
      }
      function store(page: (typeof stale)[number], result: RenderedMarkdown): void {
        state.markdown.set(page.file, { sourceHash: page.hash, result });
        bodies.set(page.node, result);
      }
      for (const file of state.markdown.keys()) if (!guide.byFile.has(file)) state.markdown.delete(file);
      for (const body of bodies.values()) body?.diagnostics.forEach((d) => diagnostics.add(d));
      return { bodies, rendered: new Set(stale.map((page) => page.node)) };
    },
  };
}

/** What a worker needs to load the same config: the CLI's overrides, without functions. */
function poolOverrides(options: BuildOptions) {
  return { outDir: options.outDir, base: options.base, drafts: options.drafts, strict: options.strict };
}

/**
 * True when every link the page's cached rendering resolved would resolve the same now, and it was
 * rendered with the glossary terms of now.
 */
function lookupsHold(context: MarkdownContext, file: string, result: RenderedMarkdown): boolean {
  if (result.data.glossary !== context.glossary?.signature) return false;
  for (const [href, described] of result.data.lookups) {
    if (describeTarget(resolveLink(context, file, href)) !== described) return false;
  }
  return true;
}
