/**
 * markdown-it's tokens to remark's mdast, in one module (~400 lines): every token type has its
 * case here, beside the others it must agree with (positions, link destinations, definitions),
 * and `parse-markdown.test.ts` compares the result with remark-parse's, type by type.
 */
import type { MarkdownIt, Token } from 'markdown-it';
import type {
  AlignType,
  Definition,
  FootnoteDefinition,
  Heading,
  Link,
  List,
  ListItem,
  Nodes,
  Paragraph,
  Parents,
  PhrasingContent,
  Root,
  Table,
} from 'mdast';
import type { Point, Position } from 'unist';
import { DEFINITION, FRONT_MATTER, inlineStarts, type InlineStart } from './create-markdown-it.js';
import { inlineMathNode, MATH_BLOCK, MATH_INLINE, mathNode } from './markdown-it-math.js';
import { CONTAINER_CLOSE, CONTAINER_OPEN, LEAF_CLOSE, LEAF_OPEN, TEXT_CLOSE, TEXT_OPEN, type DirectiveMeta } from './markdown-it-directives.js';
import { SourceMap } from './source-map.js';

/** A task list item's marker at the start of its first paragraph, with the space after it. */
const TASK = /^\[([ xX])\](?:[ \t]+|(?=\n)|$)/;
const DEFINITION_LABEL = /^[ \t]*\[((?:[^\\\]]|\\.)+)\]:/;
const ALIGN = /text-align:(left|right|center)/;

/** What a link or an image points at, and where it is written. */
interface Resource {
  url: string;
  title: string | null;
  position?: Position;
  /** Offsets of the destination as written, kept in the node's data. */
  destination?: { data: Link['data'] };
}

/** A parent being filled, with the token that opened it. */
interface Open {
  node: Parents;
  token: Token;
}

/**
 * Turns markdown-it's token stream for `text` into the mdast tree remark would have parsed,
 * with positions where later steps report problems (blocks, links, images) and the source
 * offsets of link destinations (`data.destination`, as `remarkLinkDestinations` reads them).
 */
export function tokensToMdast(tokens: Token[], text: string, md: MarkdownIt): Root {
  const builder = new MdastBuilder(text, md, tokens[0]!);
  for (const token of tokens) builder.take(token);
  return builder.root;
}

/** The tree being built from a page's tokens, one token at a time. */
class MdastBuilder {
  readonly root: Root;
  private readonly source: SourceMap;
  private readonly stack: Open[];
  /** Destinations of definitions by label, for the URLs of reference links. */
  private readonly definitions = new Map<string, string>();
  /** The first line of the table row being read: a cell's inline token has no line of its own. */
  private rowLine = 0;

  constructor(
    private readonly text: string,
    private readonly md: MarkdownIt,
    first: Token,
  ) {
    this.source = new SourceMap(text);
    this.root = { type: 'root', children: [], position: this.source.block([0, this.source.lineCount]) };
    this.stack = [{ node: this.root, token: first }];
  }

  /** Adds what a block-level token stands for; containers mdast has no node for, and back references remark-rehype makes itself, add nothing. */
  take(token: Token): void {
    if (!this.openBlock(token) && !this.closeBlock(token)) this.leafBlock(token);
  }

  private top(): Open {
    return this.stack[this.stack.length - 1]!;
  }

  private add(node: Nodes, token: Token): void {
    if (token.map) node.position = this.source.block(token.map);
    (this.top().node.children as Nodes[]).push(node);
  }

  private open(node: Parents, token: Token): void {
    this.add(node, token);
    this.stack.push({ node, token });
  }

  /** A container opens: its node, filled by the tokens up to its close. */
  private openBlock(token: Token): boolean {
    switch (token.type) {
      case 'paragraph_open': {
        const parent = this.top().node;
        if (parent.type === 'listItem') parent.spread = !token.hidden;
        // A container directive's label is its first paragraph, marked so.
        const label = (token.meta as { directiveLabel?: boolean } | null)?.directiveLabel;
        this.open({ type: 'paragraph', children: [], ...(label ? { data: { directiveLabel: true } } : {}) } as Paragraph, token);
        break;
      }
      case CONTAINER_OPEN:
      case LEAF_OPEN: {
        const { name, attributes } = token.meta as unknown as DirectiveMeta;
        this.open({ type: token.type === CONTAINER_OPEN ? 'containerDirective' : 'leafDirective', name, attributes, children: [] } as Parents, token);
        break;
      }
      case 'heading_open':
        this.open({ type: 'heading', depth: Number(token.tag.slice(1)) as Heading['depth'], children: [] }, token);
        break;
      case 'blockquote_open':
        this.open({ type: 'blockquote', children: [] }, token);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const start = ordered ? Number(token.attrGet('start') ?? 1) : null;
        this.open({ type: 'list', ordered, start, spread: false, children: [] }, token);
        break;
      }
      case 'list_item_open':
        this.open({ type: 'listItem', spread: false, checked: null, children: [] }, token);
        break;
      case 'table_open':
        this.open({ type: 'table', align: [], children: [] }, token);
        break;
      case 'tr_open':
        this.rowLine = token.map?.[0] ?? this.rowLine;
        this.open({ type: 'tableRow', children: [] }, token);
        break;
      case 'th_open':
      case 'td_open': {
        if (token.type === 'th_open') {
          const table = this.stack[this.stack.length - 2]!.node as Table;
          table.align!.push((ALIGN.exec(attribute(token, 'style'))?.[1] as AlignType) ?? null);
        }
        this.open({ type: 'tableCell', children: [] }, token);
        break;
      }
      case 'footnote_open': {
        const label = String((token.meta as { label: string }).label);
        this.open({ type: 'footnoteDefinition', identifier: identifier(label), label, children: [] } satisfies FootnoteDefinition, token);
        break;
      }
      default:
        return false;
    }
    return true;
  }

  /** A container closes. */
  private closeBlock(token: Token): boolean {
    switch (token.type) {
      case 'paragraph_close':
      case 'heading_close':
      case 'blockquote_close':
      case 'table_close':
      case 'tr_close':
      case 'th_close':
      case 'td_close':
      case 'footnote_close':
      case CONTAINER_CLOSE:
      case LEAF_CLOSE:
        this.stack.pop();
        break;
      case 'list_item_close':
        markTask(this.stack.pop()!.node as ListItem);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close': {
        const list = this.stack.pop()!.node as List;
        list.spread = list.children.some((item) => item.spread);
        for (const item of list.children) item.spread = list.spread;
        break;
      }
      default:
        return false;
    }
    return true;
  }

  /** A block with no children, or the inline content of the container on top. */
  private leafBlock(token: Token): boolean {
    switch (token.type) {
      case 'inline': {
        const { node } = this.top();
        const line = token.map?.[0] ?? this.rowLine;
        // A paragraph starts at its text, after any container's markers.
        if (node.type === 'paragraph' && node.position) node.position.start = this.source.point(this.source.offsetIn(token.content, line, 0));
        (node.children as PhrasingContent[]).push(...this.inline(token.children ?? [], token.content, line));
        break;
      }
      case 'fence': {
        // Escapes and entities in the info string stand for their characters (`foo\+bar`, `f&ouml;`).
        const info = this.md.utils.unescapeAll(token.info).trim();
        const space = info.search(/\s/);
        const lang = space === -1 ? info : info.slice(0, space);
        const meta = space === -1 ? '' : info.slice(space + 1).trim();
        this.add({ type: 'code', lang: lang || null, meta: meta || null, value: withoutFinalNewline(token.content) }, token);
        break;
      }
      case 'code_block':
        this.add({ type: 'code', lang: null, meta: null, value: withoutFinalNewline(token.content) }, token);
        break;
      case MATH_BLOCK:
        this.add(mathNode(withoutFinalNewline(token.content), token.info || null), token);
        break;
      case 'html_block':
        this.add({ type: 'html', value: withoutFinalNewline(token.content) }, token);
        break;
      case 'hr':
        this.add({ type: 'thematicBreak' }, token);
        break;
      case FRONT_MATTER:
        this.add({ type: 'yaml', value: token.content }, token);
        break;
      case DEFINITION: {
        const definition = this.readDefinition(token.map!);
        if (definition) {
          this.add(definition, token);
          if (!this.definitions.has(definition.identifier)) this.definitions.set(definition.identifier, definition.url);
        }
        break;
      }
      default:
        return false;
    }
    return true;
  }

  /** The phrasing content of an inline token whose content starts on 0-based `line`. */
  private inline(children: Token[], content: string, line: number): PhrasingContent[] {
    const result: PhrasingContent[] = [];
    const parents: { children: PhrasingContent[] }[] = [{ children: result }];
    const push = (node: PhrasingContent) => {
      const into = parents[parents.length - 1]!.children;
      const last = into[into.length - 1];
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else into.push(node);
    };
    const enter = (node: PhrasingContent & { children: PhrasingContent[] }) => {
      push(node);
      parents.push(node);
    };
    for (const token of children) {
      switch (token.type) {
        case 'text':
          push({ type: 'text', value: token.content });
          break;
        case 'softbreak':
          push({ type: 'text', value: '\n' });
          break;
        case 'hardbreak':
          push({ type: 'break' });
          break;
        case 'code_inline':
          push({ type: 'inlineCode', value: token.content });
          break;
        case MATH_INLINE: {
          const start = this.startPoint(token, content, line);
          push({ ...inlineMathNode(token.content), ...(start && { position: { start, end: start } }) });
          break;
        }
        case 'html_inline':
          push({ type: 'html', value: token.content });
          break;
        case 'em_open':
          enter({ type: 'emphasis', children: [] });
          break;
        case 'strong_open':
          enter({ type: 'strong', children: [] });
          break;
        case 's_open':
          enter({ type: 'delete', children: [] });
          break;
        case 'link_open':
          enter(this.link(token, content, line));
          break;
        case TEXT_OPEN: {
          const { name, attributes } = token.meta as unknown as DirectiveMeta;
          const start = this.startPoint(token, content, line);
          enter({ type: 'textDirective', name, attributes, children: [], ...(start && { position: { start, end: start } }) });
          break;
        }
        case 'em_close':
        case 'strong_close':
        case 's_close':
        case 'link_close':
        case TEXT_CLOSE:
          parents.pop();
          break;
        case 'image': {
          const { url, title, position, destination } = this.resource(token, content, line, attribute(token, 'src'));
          push({ type: 'image', url, title, alt: plainText(token.children ?? []), position, ...destination });
          break;
        }
        case 'footnote_ref': {
          const label = String((token.meta as { label: string }).label);
          const start = this.startPoint(token, content, line);
          push({ type: 'footnoteReference', identifier: identifier(label), label, ...(start && { position: { start, end: start } }) });
          break;
        }
        default:
          break;
      }
    }
    return result;
  }

  private link(token: Token, content: string, line: number): Link {
    const { url, title, position, destination } = this.resource(token, content, line, attribute(token, 'href'));
    return { type: 'link', url, title, position, children: [], ...destination };
  }

  /**
   * The URL, title and place of a link or image. Written destinations are read again from the
   * text, so the URL is the destination as written (unescaped), as remark gives it, and its
   * offsets are known; reference links take their definition's.
   */
  private resource(token: Token, content: string, line: number, href: string): Resource {
    const title = attribute(token, 'title') || null;
    const start = ownStart(token, content);
    if (!start) return { url: this.plainUrl(token, href), title };
    const begin = this.source.point(this.source.offsetIn(content, line, start.offset));
    const position: Position = { start: begin, end: begin };
    const label = (token.meta as { label?: string } | null)?.label;
    if (label !== undefined) return { url: this.definitions.get(identifier(label)) ?? this.plainUrl(token, href), title, position };
    if (token.markup) return { url: this.plainUrl(token, href), title, position };
    // After the label's `]`, a `(`, optional white space, then the destination.
    const labelEnd = token.type === 'image' ? start.offset + 2 + token.content.length : start.labelEnd!;
    let at = labelEnd + 2;
    while (at < content.length && /\s/.test(content[at]!)) at++;
    const parsed = this.md.helpers.parseLinkDestination(content, at, content.length);
    if (!parsed.ok || parsed.pos === at) return { url: this.plainUrl(token, href), title, position };
    const range: [number, number] = [this.source.offsetIn(content, line, at), this.source.offsetIn(content, line, parsed.pos)];
    position.end = this.source.point(range[1]);
    return { url: parsed.str, title, position, destination: { data: { destination: range } as Link['data'] } };
  }

  /** Where an inline token starts in the page, when it was made from `content` itself (not, say, from an image's description). */
  private startPoint(token: Token, content: string, line: number): Point | undefined {
    const start = ownStart(token, content);
    return start && this.source.point(this.source.offsetIn(content, line, start.offset));
  }

  /** A URL markdown-it normalized (percent-encoded), as readable as it was written. */
  private plainUrl(token: Token, href: string): string {
    return token.markup === 'linkify' || token.markup === 'autolink' ? this.md.normalizeLinkText(href) : safeDecode(href);
  }

  private readDefinition(map: [number, number]): Definition | undefined {
    const from = this.source.lineStart(map[0]);
    const to = this.source.lineStart(map[1] - 1) + this.source.line(map[1] - 1).length;
    const written = this.text.slice(from, to);
    const label = DEFINITION_LABEL.exec(written);
    if (!label) return undefined;
    let at = from + label[0].length;
    while (at < to && /\s/.test(this.text[at]!)) at++;
    const parsed = this.md.helpers.parseLinkDestination(this.text, at, to);
    if (!parsed.ok) return undefined;
    const afterDestination = this.text.slice(parsed.pos, to).trim();
    const title = afterDestination ? this.md.helpers.parseLinkTitle(afterDestination, 0, afterDestination.length) : undefined;
    return {
      type: 'definition',
      identifier: identifier(label[1]!),
      label: label[1]!,
      url: parsed.str,
      title: title?.ok ? title.str : null,
      data: { destination: [at, parsed.pos] } as Definition['data'],
    };
  }
}

/** Where a token starts in `content`, if it was read from that content. */
function ownStart(token: Token, content: string): InlineStart | undefined {
  const start = inlineStarts.get(token);
  return start?.src === content ? start : undefined;
}

/** A task item's `[ ]` / `[x]` becomes its `checked` state, as GitHub does. */
function markTask(item: ListItem): void {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph') return;
  const text = paragraph.children[0];
  if (text?.type !== 'text') return;
  const match = TASK.exec(text.value);
  if (!match) return;
  item.checked = match[1] !== ' ';
  text.value = text.value.slice(match[0].length);
  if (text.value === '') paragraph.children.shift();
}

/** Labels match case-insensitively, with white space collapsed. */
function identifier(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function attribute(token: Token, name: string): string {
  return String(token.attrGet(name) ?? '');
}

function withoutFinalNewline(value: string): string {
  return value.endsWith('\n') ? value.slice(0, -1) : value;
}

/** The text an image's description shows, as its `alt`. */
function plainText(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type === 'image') text += plainText(token.children ?? []);
    else if (token.type === 'softbreak' || token.type === 'hardbreak') text += '\n';
    else text += token.content;
  }
  return text;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
