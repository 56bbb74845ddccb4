import type { PluggableList, Processor } from 'unified';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { rehypeStringify, remarkFrontmatter, remarkGfm, remarkParse, remarkRehype, unified } from './deps.js';
import type { MarkdownContext } from './markdown-context.js';
import { remarkMarkdownIt } from './parse/remark-markdown-it.js';
import { rehypeDiagrams } from './rehype-diagrams.js';
import { rehypeMath } from './rehype-math.js';
import { rehypeGlossaryIndex } from './rehype-glossary-index.js';
import { rehypeGlossaryLinks } from './rehype-glossary-links.js';
import { rehypeGlossaryTerms } from './rehype-glossary-terms.js';
import { rehypeHeadings } from './rehype-headings.js';
import { rehypeHighlightCode } from './rehype-highlight-code.js';
import { rehypeImageAttributes } from './rehype-image-attributes.js';
import { rehypeResolveLinks } from './rehype-resolve-links.js';
import { rehypeTaskListLabels } from './rehype-task-list-labels.js';
import { remarkCallouts } from './remark-callouts.js';
import { remarkDollarMath } from './remark-dollar-math.js';
import { remarkDropTitle } from './remark-drop-title.js';
import { remarkEscapeHtml } from './remark-escape-html.js';
import { remarkLinkDestinations } from './remark-link-destinations.js';

/** The markdown → HTML processor of a build. */
export type MarkdownProcessor = Processor<any, any, any, any, string>;

/**
 * Creates the one unified processor a build session uses for every page: CommonMark + GFM, front matter,
 * callouts, heading ids and anchors, FAQ questions, diagram containers, build-time highlighting (with
 * code titles and highlighted lines), image sizes, link rewriting, the glossary's terms, index and term
 * links, math (KaTeX), then the user's own remark and rehype plugins. Links resolve against `currentContext()`, the
 * guide of the build in progress.
 *
 * Pages are parsed by markdown-it into the same mdast remark's parser gives; a user's remark
 * plugin that adds syntax (a micromark extension, as `remark-math` does) gets remark's parser.
 */
export function createProcessor(config: ResolvedConfig, currentContext: () => MarkdownContext): MarkdownProcessor {
  const processor = pipeline(config, currentContext, [remarkMarkdownIt]);
  if (processor.data('micromarkExtensions')?.length) return pipeline(config, currentContext, REMARK_PARSER);
  return processor;
}

/** remark's own parser, with the syntax markdown-it reads too. */
const REMARK_PARSER: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm, remarkDollarMath];

function pipeline(config: ResolvedConfig, currentContext: () => MarkdownContext, parser: PluggableList): MarkdownProcessor {
  const { remarkPlugins, rehypePlugins } = config;
  return unified()
    .use(parser)
    .use(remarkLinkDestinations)
    .use(remarkDropTitle)
    .use(remarkCallouts)
    .use(config.rawHtml === 'escape' ? [remarkEscapeHtml] : [])
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeHeadings)
    .use(rehypeTaskListLabels)
    // Before the highlighter, which would take a diagram for code.
    .use(rehypeDiagrams)
    .use(rehypeHighlightCode)
    .use(rehypeImageAttributes, currentContext)
    .use(rehypeResolveLinks, currentContext)
    .use(rehypeGlossaryTerms, currentContext)
    .use(rehypeGlossaryIndex)
    .use(rehypeGlossaryLinks, currentContext)
    // After the term links, which leave math alone while it is still code.
    .use(rehypeMath)
    .use(rehypePlugins)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze() as unknown as MarkdownProcessor;
}
