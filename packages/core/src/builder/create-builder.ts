import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { hashOf } from '../hash.js';
import { createProcessor } from '../markdown/create-processor.js';
import { createMarkdownContext, type MarkdownContext } from '../markdown/markdown-context.js';
import { assetPath, describeTarget, resolveLink } from '../markdown/resolve-link.js';
import { renderMarkdown, type RenderedMarkdown } from '../markdown/render-markdown.js';
import { renderSiteFiles } from '../outputs/site-files.js';
import { createRenderer } from '../render/create-renderer.js';
import {
  buildAuthorContext,
  buildNav,
  buildNotFoundContext,
  buildPageContext,
  buildSiteContext,
  type PageContext,
} from '../render/page-context.js';
import { resolveTheme, THEME_ASSETS_PATH } from '../render/resolve-theme.js';
import type { Guide, PageNode } from '../tree/types.js';
import { readGuide, type SourceCache } from '../load-guide.js';
import { guardOutput } from '../write/guard-output.js';
import { listOutput, writeOutput, type OutputContent } from '../write/write-output.js';
import { createNavSignatures, renderKey } from './render-keys.js';

/** Where and how to build. */
export interface BuildOptions extends BuildOverrides {
  /** The content folder. */
  root: string;
}

/** What a build did: pages and files written, problems found. `ok` is false when nothing was written. */
export interface BuildReport {
  ok: boolean;
  outDir: string;
  /** HTML pages the site has (content pages, author pages, 404). */
  pages: number;
  /** Files the site has in all. */
  files: number;
  /** Output files written (new or changed bytes) and removed by this build. */
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
  readonly config: ResolvedConfig;
  /** Folders whose files this session reads: the content folder and the theme's folders. */
  readonly inputs: string[];
  /** Builds, reusing what earlier builds of this session rendered when its inputs are unchanged. */
  build(): Promise<BuildReport>;
}

interface MarkdownEntry {
  sourceHash: string;
  result: RenderedMarkdown;
}

/** One output file: the key it was made from. */
interface OutputState {
  key: string;
}

/**
 * Creates a build session for a content folder. The config, theme and markdown processor are set
 * up once; create a new session when the config or theme changes.
 */
export async function createBuilder(options: BuildOptions): Promise<Builder> {
  const config = await loadConfig(options.root, options);
  guardOutput(config.root, config.outDir);
  const theme = resolveTheme(config);
  const sources: SourceCache = new Map();
  const markdown = new Map<string, MarkdownEntry>();
  let outputs: Map<string, OutputState> | undefined;
  // The processor is created once; its link plugin resolves against the tree of the build in progress.
  let context: MarkdownContext | undefined;
  const processor = createProcessor(config, () => context!);
  const renderer = createRenderer(config, theme);

  const build = async (): Promise<BuildReport> => {
    const started = performance.now();
    const lap = stopwatch();
    const diagnostics = new DiagnosticBag();
    const guide = readGuide(config, sources, diagnostics);
    context = createMarkdownContext(guide);
    const site = buildSiteContext(guide, renderer);
    const load = lap();

    let renderedMarkdown = 0;
    const bodies = new Map<PageNode, RenderedMarkdown | undefined>();
    for (const node of guide.pages) {
      const entry = node.file ? sources.get(node.file) : undefined;
      if (!entry?.source) {
        bodies.set(node, undefined);
        continue;
      }
      let cached = markdown.get(node.file!);
      if (!cached || cached.sourceHash !== entry.hash || !lookupsHold(context, node.file!, cached.result)) {
        cached = { sourceHash: entry.hash, result: await renderMarkdown(processor, entry.source) };
        markdown.set(node.file!, cached);
        renderedMarkdown++;
      }
      cached.result.diagnostics.forEach((d) => diagnostics.add(d));
      bodies.set(node, cached.result);
    }
    for (const file of markdown.keys()) if (!guide.byFile.has(file)) markdown.delete(file);
    checkAnchors(guide, bodies, diagnostics);
    const markdownTime = lap();

    const failedReport = (): BuildReport => ({
      ok: false,
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
      timings: { load, markdown: markdownTime, render: 0, write: 0, total: performance.now() - started },
    });
    if (diagnostics.errors.length > 0 || (config.strict && diagnostics.warnings.length > 0)) return failedReport();

    // Plan every output file with its key; render and write only those whose key changed.
    const previous = outputs ?? new Map<string, OutputState>();
    const next = new Map<string, OutputState>();
    const toWrite = new Map<string, OutputContent>();
    const navSignature = createNavSignatures(guide);
    const readingIndex = new Map(guide.pages.map((node, i) => [node, i]));
    const themeSignature = hashOf(renderer.signature, JSON.stringify(site));
    let pages = 0;
    let renderedPages = 0;
    const page = (file: string, context: PageContext, node: PageNode | undefined) => {
      const key = renderKey(context, navSignature(node), themeSignature);
      next.set(file, { key });
      pages++;
      if (previous.get(file)?.key === key) return;
      toWrite.set(file, { content: renderer.render({ site, page: context, nav: buildNav(guide, node) }) });
      renderedPages++;
    };
    const generated = (file: string, content: string) => {
      const key = hashOf(content);
      next.set(file, { key });
      if (previous.get(file)?.key !== key) toWrite.set(file, { content });
    };
    const copy = (file: string, from: string) => {
      const stat = fs.statSync(from);
      const key = `${from}:${stat.size}:${stat.mtimeMs}`;
      next.set(file, { key });
      if (previous.get(file)?.key !== key) toWrite.set(file, { copyFrom: from });
    };

    for (const file of guide.files.publicFiles) copy(file, path.join(config.root, 'public', file));
    const assets = new Set<string>();
    for (const node of guide.pages) {
      const body = bodies.get(node);
      const context = buildPageContext(
        guide,
        node,
        { html: body?.html ?? '', headings: body?.data.headings ?? [], words: body?.data.words ?? 0 },
        readingIndex,
      );
      page(`${node.path}index.html`, context, node);
      body?.data.assets.forEach((a) => assets.add(a));
    }
    for (const author of guide.authors.values()) page(`${author.path}index.html`, buildAuthorContext(guide, author), undefined);
    page('404.html', buildNotFoundContext(guide), undefined);
    for (const [file, content] of renderSiteFiles(guide)) generated(file, content);
    for (const file of [...assets].sort()) copy(assetPath(file), path.join(config.root, file));
    for (const [file, source] of renderer.assets) copy(`${THEME_ASSETS_PATH}${file}`, source);
    const render = lap();

    const existing = outputs ? [...previous.keys()] : await listOutput(config.outDir);
    const removed = existing.filter((file) => !next.has(file)).sort();
    await writeOutput(config.outDir, toWrite, removed);
    outputs = next;
    return {
      ok: true,
      outDir: config.outDir,
      pages,
      files: next.size,
      written: [...toWrite.keys()].sort(),
      removed,
      renderedMarkdown,
      renderedPages,
      diagnostics: diagnostics.sorted(),
      errors: diagnostics.errors.length,
      warnings: diagnostics.warnings.length,
      timings: { load, markdown: markdownTime, render, write: lap(), total: performance.now() - started },
    };
  };

  const inputs = [config.root, ...theme.layers.flatMap((l) => [l.templatesDir, l.assetsDir])].filter((d) => fs.existsSync(d));
  return { config, inputs, build };
}

/** True when every link the page's cached rendering resolved would resolve the same in this tree. */
function lookupsHold(context: MarkdownContext, file: string, result: RenderedMarkdown): boolean {
  for (const [href, described] of result.data.lookups) {
    if (describeTarget(resolveLink(context, file, href)) !== described) return false;
  }
  return true;
}

/** Warns about `page.md#anchor` links whose anchor is not an id on the target page. */
function checkAnchors(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>, diagnostics: DiagnosticBag): void {
  const byId = new Map(guide.pages.map((p) => [p.id, p]));
  for (const [node, body] of bodies) {
    for (const link of body?.data.links ?? []) {
      const target = byId.get(link.target);
      const ids = target ? bodies.get(target)?.data.ids : undefined;
      const anchor = safeDecode(link.anchor);
      if (!target || !ids || ids.has(anchor)) continue;
      diagnostics.warn('missing-anchor', `anchor #${anchor} not found in ${target.file ?? target.url}`, {
        file: node.file,
        line: link.line,
        column: link.column,
      });
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
