import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hashOf } from '../support/hash.js';
import { oneByte } from '../support/latin1.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownProcessor } from './create-processor.js';
import { VFile } from './deps.js';
import { pageData, type PageData } from './page-data.js';
import { createCodeBlocks } from './rehype-highlight-code.js';
import { placeOf } from './directives/remark-includes.js';

/** A page's markdown rendered to HTML, with what was learnt on the way. */
export interface RenderedMarkdown {
  html: string;
  /** A hash of `html`: the keys of the outputs that hold the body use it without reading the body. */
  hash: string;
  data: PageData;
  diagnostics: Diagnostic[];
  /** The page's highlighted code blocks, serialized for its next rendering (see `CodeBlocks`). */
  highlighted: string;
}

/**
 * Runs one page's source through the build's processor; `highlighted` is the `highlighted` of the page's last
 * rendering, whose blocks it takes instead of highlighting them again.
 */
export async function renderMarkdown(processor: MarkdownProcessor, source: SourcePage, highlighted = ''): Promise<RenderedMarkdown> {
  const codeBlocks = createCodeBlocks(highlighted);
  const file = new VFile({
    path: source.file,
    value: source.text,
    data: { sourceFile: source.file, frontMatter: source.frontMatter.data, codeBlocks },
  });
  let html: string;
  try {
    html = String(await processor.process(file));
  } catch (cause) {
    const error = cause as Error & { place?: { line?: number; column?: number }; line?: number; column?: number };
    return {
      html: '',
      hash: hashOf(''),
      highlighted: '',
      data: pageData(file),
      diagnostics: [
        {
          severity: 'error',
          rule: 'markdown',
          file: source.file,
          line: error.place?.line ?? error.line ?? undefined,
          column: error.place?.column ?? error.column ?? undefined,
          message: `could not render: ${error.message.split('\n')[0]}`,
        },
      ],
    };
  }
  // A problem in an included file is told at that file's own line.
  const included = file.data.includedLines;
  const diagnostics: Diagnostic[] = file.messages.map((m) => ({
    severity: m.fatal ? 'error' : 'warning',
    rule: m.ruleId ?? 'markdown',
    ...placeOf(included, source.file, m.line ?? undefined),
    column: m.column ?? undefined,
    message: m.reason,
    ...(m.note ? { hint: m.note } : {}),
  }));
  const data = pageData(file);
  if (included) {
    data.links = data.links.map((link) => {
      const place = placeOf(included, source.file, link.line);
      return place.file === source.file ? link : { ...link, ...place };
    });
  }
  const body = oneByte(html.trim());
  return { html: body, hash: hashOf(body), data, diagnostics, highlighted: codeBlocks.serialize() };
}
