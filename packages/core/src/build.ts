import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from './config/load-config.js';
import type { BuildOverrides, ResolvedConfig } from './config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics/diagnostic.js';
import { readGuide } from './load-guide.js';
import { createProcessor } from './markdown/create-processor.js';
import type { PageData } from './markdown/page-data.js';
import { assetPath } from './markdown/resolve-link.js';
import { renderMarkdown } from './markdown/render-markdown.js';
import { createRenderer } from './render/create-renderer.js';
import { buildAuthorContext, buildNav, buildNotFoundContext, buildPageContext } from './render/page-context.js';
import { resolveTheme, THEME_ASSETS_PATH } from './render/resolve-theme.js';
import type { Guide, PageNode } from './tree/types.js';
import { guardOutput } from './write/guard-output.js';
import { writeSite, type OutputFile } from './write/write-site.js';

/** Where and how to build. */
export interface BuildOptions extends BuildOverrides {
  /** The content folder. */
  root: string;
}

/** What a build did: pages written and problems found. `ok` is false when nothing was written. */
export interface BuildReport {
  ok: boolean;
  outDir: string;
  /** HTML pages written (content pages, author pages, 404). */
  pages: number;
  /** Files written in all. */
  files: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** Milliseconds per stage, and in all. */
  timings: { load: number; markdown: number; render: number; write: number; total: number };
}

/**
 * Builds a guide into its output folder. Content problems come back in the report (and leave the
 * previous output untouched); a problem with the call itself (missing folder, unsafe output
 * folder) is thrown as a {@link GuidekitError} of kind `usage`.
 */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const config = await loadConfig(options.root, options);
  guardOutput(config.root, config.outDir);
  const diagnostics = new DiagnosticBag();
  const lap = stopwatch();

  const guide = readGuide(config, diagnostics);
  const theme = resolveTheme(config);
  const renderer = createRenderer(guide, theme);
  const load = lap();

  const processor = createProcessor(guide);
  const rendered = new Map<PageNode, { html: string; data?: PageData }>();
  for (const node of guide.pages) {
    const source = node.file ? guide.sources.get(node.file) : undefined;
    if (!source) {
      rendered.set(node, { html: '' });
      continue;
    }
    const result = await renderMarkdown(processor, source);
    result.diagnostics.forEach((d) => diagnostics.add(d));
    rendered.set(node, result);
  }
  checkAnchors(rendered, diagnostics);
  const markdown = lap();

  const report = (ok: boolean, files: number, pages: number, timings: Partial<BuildReport['timings']>): BuildReport => ({
    ok,
    outDir: config.outDir,
    pages,
    files,
    diagnostics: diagnostics.sorted(),
    errors: diagnostics.errors.length,
    warnings: diagnostics.warnings.length,
    timings: { load, markdown, render: 0, write: 0, ...timings, total: performance.now() - started },
  });
  if (failed(diagnostics, config)) return report(false, 0, 0, {});

  const readingIndex = new Map(guide.pages.map((node, i) => [node, i]));
  const outputs: OutputFile[] = publicFiles(config, guide);
  const assets = new Set<string>();
  for (const node of guide.pages) {
    const { html, data } = rendered.get(node)!;
    const body = { html, headings: data?.headings ?? [], words: data?.words ?? 0 };
    const page = buildPageContext(guide, node, body, readingIndex);
    outputs.push({ path: `${node.path}index.html`, content: renderer.render({ page, nav: buildNav(guide, node) }) });
    data?.assets.forEach((a) => assets.add(a));
  }
  for (const author of guide.authors.values()) {
    outputs.push({ path: `${author.path}index.html`, content: renderer.render({ page: buildAuthorContext(guide, author), nav: buildNav(guide, undefined) }) });
  }
  outputs.push({ path: '404.html', content: renderer.render({ page: buildNotFoundContext(guide), nav: buildNav(guide, undefined) }) });
  const pages = outputs.length - guide.files.publicFiles.length;
  for (const file of [...assets].sort()) outputs.push({ path: assetPath(file), copyFrom: path.join(config.root, file) });
  for (const [file, source] of renderer.assets) outputs.push({ path: `${THEME_ASSETS_PATH}${file}`, copyFrom: source });
  const render = lap();

  const files = await writeSite(config.outDir, outputs);
  return report(true, files, pages, { render, write: lap() });
}

/** Errors fail a build; warnings too when it is strict. */
function failed(diagnostics: DiagnosticBag, config: ResolvedConfig): boolean {
  return diagnostics.errors.length > 0 || (config.strict && diagnostics.warnings.length > 0);
}

/** `public/` is copied first, so generated files win a name clash. */
function publicFiles(config: ResolvedConfig, guide: Guide): OutputFile[] {
  return guide.files.publicFiles.map((file) => ({ path: file, copyFrom: path.join(config.root, 'public', file) }));
}

/** Warns about `page.md#anchor` links whose anchor is not an id on the target page. */
function checkAnchors(rendered: Map<PageNode, { data?: PageData }>, diagnostics: DiagnosticBag): void {
  for (const [node, { data }] of rendered) {
    for (const link of data?.links ?? []) {
      const ids = rendered.get(link.target)?.data?.ids;
      const anchor = safeDecode(link.anchor);
      if (!ids || ids.has(anchor)) continue;
      diagnostics.warn('missing-anchor', `anchor #${anchor} not found in ${link.target.file ?? link.target.url}`, {
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
