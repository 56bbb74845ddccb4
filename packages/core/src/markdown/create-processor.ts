import type { PluggableList, Processor } from 'unified';
import type { ResolvedConfig } from '../config/resolve-config.js';
import { rehypeStringify, remarkDirective, remarkFrontmatter, remarkGfm, remarkParse, remarkRehype, unified } from './deps.js';
import type { MarkdownContext } from './markdown-context.js';
import { remarkBareColons, remarkMarkdownIt } from './parse/remark-markdown-it.js';
import { rehypeAbbreviations } from './rehype-abbreviations.js';
import { rehypeComponents } from './rehype-components.js';
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
import { remarkDirectives } from './directives/remark-directives.js';
import { remarkIncludes } from './directives/remark-includes.js';
import { remarkUnknownDirectives } from './directives/remark-unknown-directives.js';
import { remarkDropTitle } from './remark-drop-title.js';
import { remarkEscapeHtml } from './remark-escape-html.js';
import { remarkLinkDestinations } from './remark-link-destinations.js';

/** The markdown → HTML processor of a build. */
export type MarkdownProcessor = Processor<any, any, any, any, string>;

/**
 * Creates the one unified processor a build session uses for every page. In order:
 *
 * 1. parse: markdown-it into mdast, math and directives included (remark's parser with
 *    remark-math and remark-directive when a user's remark plugin adds syntax);
 * 2. remark: includes, link destinations, the title heading dropped, callouts, directives
 *    (components), raw HTML escaped if asked, the user's `remarkPlugins`, unknown directives;
 * 3. remark-rehype, then the user's `rehypePlugins` (before guidekit's: they meet code and
 *    math before the highlighter);
 * 4. rehype: heading ids and anchors, abbreviations, task list labels, diagram containers,
 *    highlighting (code extras), image sizes, link resolution, the glossary's terms, index and
 *    links, math (KaTeX);
 * 5. the user's `rehypePluginsAfter`, the components in the theme's templates, then rehype-stringify.
 *
 * Links resolve against `currentContext()`, the guide of the build in progress.
 */
export function createProcessor(config: ResolvedConfig, currentContext: () => MarkdownContext): MarkdownProcessor {
  const processor = pipeline(config, currentContext, [remarkMarkdownIt]);
  if (processor.data('micromarkExtensions')?.length) return pipeline(config, currentContext, REMARK_PARSER);
  return processor;
}

/** remark's own parser, with the syntax markdown-it reads too. */
const REMARK_PARSER: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm, remarkDollarMath, remarkDirective, remarkBareColons];

function pipeline(config: ResolvedConfig, currentContext: () => MarkdownContext, parser: PluggableList): MarkdownProcessor {
  const { remarkPlugins, rehypePlugins, rehypePluginsAfter } = config;
  return unified()
    .use(parser)
    .use(remarkIncludes, currentContext)
    .use(remarkLinkDestinations)
    .use(remarkDropTitle)
    .use(remarkCallouts)
    .use(remarkDirectives)
    .use(config.rawHtml === 'escape' ? [remarkEscapeHtml] : [])
    .use(remarkPlugins)
    .use(remarkUnknownDirectives)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypePlugins)
    .use(rehypeHeadings)
    .use(rehypeAbbreviations)
    .use(rehypeTaskListLabels)
    // Before the highlighter, which would take a diagram for code.
    .use(rehypeDiagrams)
    .use(rehypeHighlightCode, { lineNumbers: config.lineNumbers })
    .use(rehypeImageAttributes, currentContext)
    .use(rehypeResolveLinks, currentContext)
    .use(rehypeGlossaryTerms, currentContext)
    .use(rehypeGlossaryIndex)
    .use(rehypeGlossaryLinks, currentContext)
    // After the term links, which leave math alone while it is still code.
    .use(rehypeMath)
    .use(rehypePluginsAfter)
    .use(rehypeComponents, currentContext)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .freeze() as unknown as MarkdownProcessor;
}
