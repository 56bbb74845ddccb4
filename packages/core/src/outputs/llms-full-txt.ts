import { createMarkdownContext, type MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { resolveLink } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../tree/types.js';
import { guideUrl } from './guide-url.js';

/** A leading `# Title` (ATX) or `Title` + `===` (setext) line of a page body, after blank lines. */
const LEADING_TITLE = /^\s*(?: {0,3}#[ \t]+[^\n]*|[^\n]+\n {0,3}=+[ \t]*)(?:\n|$)/;

/**
 * `llms-full.txt`: the whole guide as markdown in reading order: its title and description, then
 * each page under its title (chapter numbers included) and URL, as its author wrote it, without
 * front matter. Links to pages and files become their URLs (full URLs when `siteUrl` is set),
 * at the places the markdown pipeline noted, so nothing is parsed again.
 */
export function renderLlmsFullTxt(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>): string {
  const context = createMarkdownContext(guide);
  const intro = [`# ${guide.config.title}`, ...(guide.config.description ? [`> ${guide.config.description}`] : [])];
  const pages = guide.pages.map((node) => {
    const url = guideUrl(guide, node.url);
    // The home page's title is the guide's, which opens the file.
    const head = [...(node.kind === 'home' ? [] : [`# ${node.label}`]), `URL: <${url}>`];
    const text = pageText(guide, context, node, url, bodies.get(node));
    return [...head, ...(text ? [text] : [])].join('\n\n');
  });
  return `${[intro.join('\n\n'), ...pages].join('\n\n')}\n`;
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
