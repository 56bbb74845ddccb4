import { hashOf } from '../support/hash.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { Embed, LinkDestination } from '../markdown/page-data.js';
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
  const rewrite = (written: string) => linkUrl(guide, context, node.file!, written, url);
  const text = expand(source.text, source.frontMatter.bodyOffset, body?.data.destinations ?? [], body?.data.embeds ?? [], context, rewrite);
  return text.replace(LEADING_TITLE, '').trim();
}

/**
 * `text` from `at` on, with its link destinations rewritten and its include directives replaced by
 * what they embed (included markdown, expanded the same way, or a code block).
 */
function expand(
  text: string,
  at: number,
  destinations: LinkDestination[],
  embeds: Embed[],
  context: MarkdownContext,
  rewrite: (written: string) => string | undefined,
): string {
  const changes = [
    ...destinations.map((d) => ({ start: d.start, end: d.end, text: () => rewriteDestination(rewrite(d.url)) })),
    ...embeds.map((e) => ({ start: e.start, end: e.end, text: () => indented(embedded(e, context, rewrite), linePrefix(text, e.start)) })),
  ].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  for (const change of changes) {
    const replacement = change.start < at ? undefined : change.text();
    if (replacement === undefined) continue;
    parts.push(text.slice(at, change.start), replacement);
    at = change.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** What a line holds before `offset`, when that is indentation or blockquote markers (a directive in a list item or a quote). */
function linePrefix(text: string, offset: number): string {
  const prefix = text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t>]*$/.test(prefix) ? prefix : '';
}

/** Embedded text that goes on with `prefix` on each of its lines after the first, so it stays in its list item or quote. */
function indented(embedded: string | undefined, prefix: string): string | undefined {
  return embedded === undefined || !prefix ? embedded : embedded.replace(/\n(?=[^\n])/g, `\n${prefix}`);
}

function rewriteDestination(rewritten: string | undefined): string | undefined {
  return rewritten === undefined ? undefined : /[\s()<>]/.test(rewritten) ? `<${rewritten}>` : rewritten;
}

function embedded(embed: Embed, context: MarkdownContext, rewrite: (written: string) => string | undefined): string | undefined {
  if (embed.code !== undefined) return embed.code;
  const included = embed.file === undefined ? undefined : context.includes.get(embed.file);
  if (!included) return undefined;
  return expand(included.text, embed.bodyOffset ?? 0, embed.destinations ?? [], embed.embeds ?? [], context, rewrite).trim();
}

/** Where a link written in a page points on the site; undefined for links that leave the guide. */
function linkUrl(guide: Guide, context: MarkdownContext, file: string, written: string, pageUrl: string): string | undefined {
  if (written.startsWith('#') && written.length > 1) return `${pageUrl}${written}`;
  const target = resolveLink(context, file, written);
  return target.kind === 'page' || target.kind === 'asset' ? guideUrl(guide, target.href) : undefined;
}
