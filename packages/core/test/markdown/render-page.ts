import { readGuide } from '../../src/builder/load-guide.js';
import { loadConfig } from '../../src/config/load-config.js';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { createProcessor } from '../../src/markdown/create-processor.js';
import { createGlossary } from '../../src/markdown/glossary.js';
import { createMarkdownContext } from '../../src/markdown/markdown-context.js';
import { renderMarkdown, type RenderedMarkdown } from '../../src/markdown/render-markdown.js';
import { readComponentTemplates } from '../../src/theme/component-templates.js';
import { resolveTheme } from '../../src/theme/resolve-theme.js';
import { contentFolder } from '../helpers.js';

/**
 * Writes a content folder from `files`, loads it, and renders the markdown of each page named (with
 * the code blocks of a last rendering, if given). As in a build, the glossary page (if any) is
 * rendered first, and the other pages link to the terms its rendering found. Components render
 * with the theme's templates, as in a build.
 */
export async function renderPages(files: Record<string, string | Uint8Array>, base = '/') {
  const root = contentFolder(files);
  const config = await loadConfig(root, { base });
  const bag = new DiagnosticBag();
  const { guide, content } = readGuide(config, new Map(), bag);
  const diagnostics = bag.sorted();
  let context = createMarkdownContext(guide, content, readComponentTemplates(resolveTheme(config)));
  const processor = createProcessor(config, () => context);
  const render = (file: string, highlighted?: string): Promise<RenderedMarkdown> => renderMarkdown(processor, content.sources.get(file)!, highlighted);
  const glossaryPage = guide.glossaryFile === undefined ? undefined : await render(guide.glossaryFile);
  if (glossaryPage) {
    const { url } = guide.byFile.get(guide.glossaryFile!)!;
    context = { ...context, glossary: createGlossary(guide.glossaryFile!, url, glossaryPage.data.glossaryTerms ?? []) };
  }
  return { root, guide, context, diagnostics, glossaryPage, render };
}

/** The rendered HTML of one page of a guide written from `files`. */
export async function renderPage(files: Record<string, string>, file: string, base = '/'): Promise<RenderedMarkdown> {
  return (await renderPages(files, base)).render(file);
}
