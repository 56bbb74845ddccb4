import { loadGuide } from '../../src/index.js';
import { createProcessor } from '../../src/markdown/create-processor.js';
import { createMarkdownContext } from '../../src/markdown/markdown-context.js';
import { readGlossary } from '../../src/markdown/read-glossary.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { renderMarkdown, type RenderedMarkdown } from '../../src/markdown/render-markdown.js';
import { contentFolder } from '../helpers.js';

/**
 * Writes a content folder from `files`, loads it, and renders the markdown of each page named (with
 * the code blocks of a last rendering, if given).
 */
export async function renderPages(files: Record<string, string | Uint8Array>, base = '/') {
  const root = contentFolder(files);
  const { config, guide, content, diagnostics } = await loadGuide(root, { base });
  const context = createMarkdownContext(guide, content, readGlossary(guide, content.sources, new DiagnosticBag()));
  const processor = createProcessor(config, () => context);
  const render = (file: string, highlighted?: string): Promise<RenderedMarkdown> => renderMarkdown(processor, content.sources.get(file)!, highlighted);
  return { root, guide, context, diagnostics, render };
}

/** The rendered HTML of one page of a guide written from `files`. */
export async function renderPage(files: Record<string, string>, file: string, base = '/'): Promise<RenderedMarkdown> {
  return (await renderPages(files, base)).render(file);
}
