import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../model/guide.js';
import { epubFile, LLMS_FULL_TXT, variantPrefix, pageFile, PORTABLE_SEARCH_INDEX, PRINT_PATH } from '../model/site-paths.js';
import type { EpubInput, renderEpub } from '../outputs/epub/render-epub.js';
import { renderLlmsFullTxt } from '../outputs/llms-full-txt.js';
import { renderPortableSearchIndex } from '../outputs/search/portable-search.js';
import { isPortableBase } from '../support/portable-urls.js';
import type { PageContext } from '../render/page-context.js';
import { renderPrintPage } from '../render/print-context.js';
import { hashOf } from '../support/hash.js';
import type { ProduceOutput } from '../write/output-plan.js';
import { wholeGuideKey } from './render-keys.js';

/** An output that holds the whole guide: keyed before it is built, which it may be after the build returns. */
export interface WholeGuideOutput {
  file: string;
  key: string;
  produce: ProduceOutput;
}

/** What the whole-guide outputs are made from besides the guide and its bodies. */
export interface WholeGuideInput {
  guide: Guide;
  bodies: Map<PageNode, RenderedMarkdown | undefined>;
  sources: Map<string, SourcePage>;
  /** The hash of each source's bytes, by file (the build state's source cache). */
  sourceHashes: Map<string, { hash: string }>;
  publicFiles: readonly string[];
  markdownContext: MarkdownContext;
  /** What the print page depends on besides the bodies: theme and navigation. */
  printKey: string;
  /** What `llms-full.txt` depends on besides sources and bodies. */
  siteKey: string;
  renderPage: (page: PageContext) => string;
  /**
   * When the build writes the EPUB edition: what it is made from besides the guide and its bodies,
   * what its images and cover depend on, and `renderEpub` (loaded only by builds that write one).
   */
  epub?: Omit<EpubInput, 'guide' | 'bodies'> & { stamp: (file: string) => string; render: typeof renderEpub };
}

/**
 * The print page, `llms-full.txt` (unless the guide has its own), the EPUB (when asked for) and, in
 * a portable build, the search index. The print page's key is made of `printKey` and every body;
 * `llms-full.txt`'s of `siteKey`, every source and every body (whose links it rewrites the same
 * way); the EPUB's of `siteKey`, every body and the files it holds; the search index's of every
 * body, title and summary.
 */
export function wholeGuideOutputs(input: WholeGuideInput): WholeGuideOutput[] {
  const outputs = printAndLlmsFull(input);
  if (!isPortableBase(input.guide.base)) return outputs;
  const { guide, bodies } = input;
  const search: WholeGuideOutput = {
    file: variantPrefix(guide) + PORTABLE_SEARCH_INDEX,
    key: wholeGuideKey(guide, 'search', (node) => `${bodies.get(node)?.hash ?? ''}\t${node.title}\t${node.description}`),
    produce: () => ({ content: renderPortableSearchIndex(guide, bodies) }),
  };
  return [...outputs, search];
}

function printAndLlmsFull(input: WholeGuideInput): WholeGuideOutput[] {
  const { guide, bodies, sources, sourceHashes, printKey, siteKey, renderPage } = input;
  const print: WholeGuideOutput = {
    file: pageFile(variantPrefix(guide) + PRINT_PATH),
    key: wholeGuideKey(guide, printKey, (node) => bodies.get(node)?.hash ?? ''),
    produce: (holds) => ({
      pieces: renderPrintPage(guide, bodies, renderPage, { frameKey: wholeGuideKey(guide, printKey, () => ''), holds }),
    }),
  };
  const outputs = [print];
  const epub = input.epub && epubOutput(input, input.epub);
  if (epub && !input.publicFiles.includes(epub.file)) outputs.push(epub);
  if (input.publicFiles.includes(variantPrefix(guide) + LLMS_FULL_TXT)) return outputs;
  const sourceHash = (node: PageNode) => (node.file ? (sourceHashes.get(node.file)?.hash ?? '') : '');
  const llmsFull: WholeGuideOutput = {
    file: variantPrefix(guide) + LLMS_FULL_TXT,
    key: wholeGuideKey(guide, siteKey, (node) => `${sourceHash(node)}:${bodies.get(node)?.hash ?? ''}`),
    produce: () => ({
      pieces: renderLlmsFullTxt(guide, bodies, { salt: hashOf(siteKey), sourceHash, sources, context: input.markdownContext }),
    }),
  };
  return [...outputs, llmsFull];
}

/** The EPUB edition of the guide, keyed by the site, every body, and the images and cover it holds. */
function epubOutput(input: WholeGuideInput, epub: NonNullable<WholeGuideInput['epub']>): WholeGuideOutput {
  const { guide, bodies, siteKey } = input;
  const files = [...new Set([...bodies.values()].flatMap((body) => [...(body?.data.assets ?? [])]))].sort();
  if (epub.cover) files.push(`public/${epub.cover}`);
  const filesKey = hashOf(JSON.stringify(epub.cover ?? ''), ...files.map((file) => `${file}\t${epub.stamp(file)}`));
  return {
    file: epubFile(guide),
    key: wholeGuideKey(guide, hashOf(siteKey, filesKey), (node) => bodies.get(node)?.hash ?? ''),
    produce: () => ({ content: epub.render({ ...epub, guide, bodies }) }),
  };
}
