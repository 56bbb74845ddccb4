import { hashOf } from '../support/hash.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { resolveLink } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../model/guide.js';
import type { OutputPiece } from '../write/write-output.js';
import { guideUrl } from './guide-url.js';

/** A leading `# Title` (ATX) or `Title` + `===` (setext) line of a page body, after blank lines. */
const LEADING_TITLE = /^\s*(?: {0,3}#[ \t]+[^\n]*|[^\n]+\n {0,3}=+[ \t]*)(?:\n|$)/;

/** What `llms-full.txt` is made with besides the guide and the bodies. */
export interface LlmsFullOptions {
  /** What else the file depends on: part of every piece's key. */
  salt: string;
  /** The hash of a page's source. */
  sourceHash: (node: PageNode) => string;
  sources: Map<string, SourcePage>;
  /** The markdown context the bodies were rendered with: links are resolved as they were. */
  context: MarkdownContext;
}

/**
 * `llms-full.txt`: the whole guide as markdown in reading order: its title and description, then
 * each page under its title (chapter numbers included) and URL, as its author wrote it, without
 * front matter. Links to pages and files become their URLs (full URLs when `siteUrl` is set),
 * at the places the markdown pipeline noted, so nothing is parsed again.
 *
 * Written in pieces, a page each, keyed by `salt` (what else the file depends on), the page's
 * heading, its source's hash and its body's (which changes when a link of it resolves
 * elsewhere): a rebuild copies the pages that did not change from the file's last version.
 */
export function* renderLlmsFullTxt(
  guide: Guide,
  bodies: Map<PageNode, RenderedMarkdown | undefined>,
  { salt, sourceHash, sources, context }: LlmsFullOptions,
): Generator<OutputPiece> {
  const intro = [`# ${guide.title}`, ...(guide.description ? [`> ${guide.description}`] : [])].join('\n\n');
  yield { key: hashOf(salt, intro), text: () => intro };
  for (const node of guide.pages) {
    const url = guideUrl(guide, node.url);
    // The home page's title is the guide's, which opens the file.
    const head = [...(node.kind === 'home' ? [] : [`# ${node.label}`]), `URL: <${url}>`].join('\n\n');
    const body = bodies.get(node);
    yield {
      key: hashOf(salt, head, sourceHash(node), body?.hash ?? ''),
      text: () => {
        const text = pageText(guide, context, sources, node, url, body);
        return `\n\n${head}${text ? `\n\n${text}` : ''}`;
      },
    };
  }
  yield { text: () => '\n' };
}

/** The page's markdown body with its links rewritten, without front matter and leading title. */
function pageText(
  guide: Guide,
  context: MarkdownContext,
  sources: Map<string, SourcePage>,
  node: PageNode,
  url: string,
  body: RenderedMarkdown | undefined,
): string {
  const source = node.file ? sources.get(node.file) : undefined;
  if (!source) return '';
  const { text } = source;
  const parts: string[] = [];
  let at = source.frontMatter.bodyOffset;
  for (const destination of body?.data.destinations ?? []) {
    const rewritten = linkUrl(guide, context, node.file!, destination.url, url);
    if (rewritten === undefined || destination.start < at) continue;
    parts.push(text.slice(at, destination.start), /[\s()<>]/.test(rewritten) ? `<${rewritten}>` : rewritten);
    at = destination.end;
  }
  parts.push(text.slice(at));
  return parts.join('').replace(LEADING_TITLE, '').trim();
}

/** Where a link written in a page points on the site; undefined for links that leave the guide. */
function linkUrl(guide: Guide, context: MarkdownContext, file: string, written: string, pageUrl: string): string | undefined {
  if (written.startsWith('#') && written.length > 1) return `${pageUrl}${written}`;
  const target = resolveLink(context, file, written);
  return target.kind === 'page' || target.kind === 'asset' ? guideUrl(guide, target.href) : undefined;
}
