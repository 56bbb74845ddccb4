import { hashOf } from '../hash.js';
import { createMarkdownContext, type MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { resolveLink } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../tree/types.js';
import type { OutputPiece } from '../write/write-output.js';
import { guideUrl } from './guide-url.js';

/** A leading `# Title` (ATX) or `Title` + `===` (setext) line of a page body, after blank lines. */
const LEADING_TITLE = /^\s*(?: {0,3}#[ \t]+[^\n]*|[^\n]+\n {0,3}=+[ \t]*)(?:\n|$)/;

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
  { salt, sourceHash }: { salt: string; sourceHash: (node: PageNode) => string },
): Generator<OutputPiece> {
  const intro = [`# ${guide.config.title}`, ...(guide.config.description ? [`> ${guide.config.description}`] : [])].join('\n\n');
  yield { key: hashOf(salt, intro), text: () => intro };
  let context: MarkdownContext | undefined;
  for (const node of guide.pages) {
    const url = guideUrl(guide, node.url);
    // The home page's title is the guide's, which opens the file.
    const head = [...(node.kind === 'home' ? [] : [`# ${node.label}`]), `URL: <${url}>`].join('\n\n');
    const body = bodies.get(node);
    yield {
      key: hashOf(salt, head, sourceHash(node), body?.hash ?? ''),
      text: () => {
        const text = pageText(guide, (context ??= createMarkdownContext(guide)), node, url, body);
        return `\n\n${head}${text ? `\n\n${text}` : ''}`;
      },
    };
  }
  yield { text: () => '\n' };
}

/** The page's markdown body with its links rewritten, without front matter and leading title. */
function pageText(guide: Guide, context: MarkdownContext, node: PageNode, url: string, body: RenderedMarkdown | undefined): string {
  const source = node.file ? guide.sources.get(node.file) : undefined;
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
