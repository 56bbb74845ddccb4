import type { Code, Nodes, Parents, Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import type { Processor } from 'unified';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import path from 'node:path';
import { resolveInclude } from '../../support/include-path.js';
import type { MarkdownContext } from '../markdown-context.js';
import { pageData, type Embed, type LinkDestination } from '../page-data.js';
import { PROTOCOL } from '../resolve-link.js';
import { walkTree } from '../walk-tree.js';
import { codeExcerpt } from './code-excerpt.js';
import { writtenAttributes } from './directive-nodes.js';

/**
 * Lines of an included file in the page's tree: they are numbered from `base + 1`, past the
 * page's own lines, so that a problem found in them is told at the included file's own line
 * (see `placeOf`).
 */
export interface IncludedLines {
  file: string;
  base: number;
  count: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Where the included files' lines sit in the page's tree. */
    includedLines: IncludedLines[];
  }
}

/**
 * Embeds included files where a page writes `::include{file="../_snippets/x.md"}` (markdown,
 * parsed as the page is, its own includes embedded in turn, its relative links made relative to
 * the page) and `::code{file="src/app.ts" region="setup"}` or `lines="10-20"` (a code block of
 * the file, its language from the extension unless `lang` says). Paths are relative to the file
 * that writes them and stay inside the content folder; the texts come from the markdown context
 * (read during discovery); a cycle is an error naming the chain.
 */
export function remarkIncludes(this: Processor, currentContext: () => MarkdownContext) {
  const processor = this;
  return (tree: Root, file: VFile): void => {
    const page = file.data.sourceFile ?? '';
    const context = currentContext();
    // The first line number past the page's, counted when a page first includes markdown.
    let next: number | undefined;
    const embed = (parent: Parents, from: string, chain: string[], embeds: Embed[]) => {
      parent.children = parent.children.flatMap((child): RootContent[] => {
        if (child.type !== 'leafDirective' || (child.name !== 'include' && child.name !== 'code')) {
          if (isUnread(child)) {
            file.message('could not read this include: write `::include{file="…"}` or `::code{file="…" region="…"}`', {
              place: child.position?.start,
              ruleId: 'include',
            }).fatal = true;
          } else if ('children' in child) embed(child, from, chain, embeds);
          return [child];
        }
        const target = child.attributes?.file;
        const fail = (message: string): RootContent[] => {
          file.message(message, { place: child.position?.start, ruleId: 'include' }).fatal = true;
          return [];
        };
        if (!target) return fail(`::${child.name} needs a file: \`::${child.name}{file="…"}\``);
        const included = resolveInclude(from, target);
        if (!included) return fail(`included file is outside the content folder: ${target}`);
        if (chain.includes(included)) return fail(`include cycle: ${[...chain, included].join(' → ')}`);
        const found = context.includes.get(included);
        // Kept even when missing: the page renders again once the file is there.
        (pageData(file).includes ??= new Map()).set(included, found?.hash ?? '');
        if (!found) return fail(`included file not found: ${target}`);
        const place = { start: child.position?.start.offset ?? 0, end: child.position?.end.offset ?? 0 };
        if (child.name === 'code') {
          const code = codeBlock(child, found.text);
          if ('problem' in code) return fail(`${included}: ${code.problem}`);
          embeds.push({ ...place, code: asFence(code) });
          return [code];
        }
        const base = (next ??= String(file.value).split('\n').length);
        next += found.text.split('\n').length;
        (file.data.includedLines ??= []).push({ file: included, base, count: next - base });
        const root = processor.parse(found.text) as Root;
        const yaml = root.children.find((node) => node.type === 'yaml');
        const record: Embed = { ...place, file: included, bodyOffset: yaml?.position?.end.offset ?? 0, destinations: [], embeds: [] };
        embeds.push(record);
        rebase(root, base, page, included, record.destinations!);
        embed(root, included, [...chain, included], record.embeds!);
        return root.children.filter((node) => node !== yaml);
      });
    };
    const embeds: Embed[] = [];
    embed(tree, page, [page], embeds);
    if (embeds.length > 0) pageData(file).embeds = embeds;
  };
}

/** A paragraph that starts as an include does, but whose attributes remark-directive could not read (`::code{file="a" /x/}`). */
function isUnread(node: RootContent): boolean {
  const first = node.type === 'paragraph' ? node.children[0] : undefined;
  return first?.type === 'text' && /^::(?:include|code)\{/.test(first.value);
}

/** `::code{file=… region=… lines=… lang=… title=…}` as a code block; its other attributes are the fence's meta. */
function codeBlock(node: LeafDirective, text: string): Code | { problem: string } {
  const { file, region, lines, lang, ...meta } = node.attributes ?? {};
  const excerpt = codeExcerpt(text, { region: region ?? undefined, lines: lines ?? undefined });
  if ('problem' in excerpt) return excerpt;
  const extension = /\.([\w-]+)$/.exec(file ?? '')?.[1];
  const written = writtenAttributes(meta);
  return {
    type: 'code',
    lang: lang || extension || null,
    meta: written.length > 0 ? written.join(' ') : null,
    value: excerpt.code,
    position: node.position,
  };
}

/**
 * Moves an included tree's lines past the page's (from `base`; offsets stay those of the included
 * text), makes its relative links relative to the page, and takes the places of its link
 * destinations (offsets into the included text) out of the page's into `destinations`.
 */
function rebase(tree: Root, base: number, page: string, included: string, destinations: LinkDestination[]): void {
  const shift = (point: Point): Point => ({ ...point, line: point.line + base });
  walkTree(tree, (node: Nodes) => {
    if (node.position) node.position = { start: shift(node.position.start), end: shift(node.position.end) };
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = relativeTo(page, included, node.url);
      const data = node.data as { destination?: [number, number] } | undefined;
      if (data?.destination) destinations.push({ start: data.destination[0], end: data.destination[1], url: node.url });
      delete data?.destination;
    }
  });
}

/** A code block as a fence, longer than any run of backticks in its code. */
function asFence(code: Code): string {
  const longest = Math.max(2, ...[...code.value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${code.lang ?? ''}${code.meta ? ` ${code.meta}` : ''}\n${code.value}\n${fence}`;
}

/** A link to a file beside the one that writes it: not external, root-absolute or a same-page anchor. */
function isRelative(url: string): boolean {
  return url !== '' && !PROTOCOL.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

/** A link written in `included`, as the page would write it. */
function relativeTo(page: string, included: string, url: string): string {
  if (!isRelative(url)) return url;
  const target = resolveInclude(included, url);
  if (target === undefined) return url;
  const relative = path.posix.relative(path.posix.dirname(page), target) || '.';
  return url.endsWith('/') && !relative.endsWith('/') ? `${relative}/` : relative;
}

/** A link of the page as the included file it came from wrote it (see `relativeTo`). */
export function asWrittenIn(included: string, page: string, url: string): string {
  if (!isRelative(url)) return url;
  const target = resolveInclude(page, url);
  return target === undefined ? url : path.posix.relative(path.posix.dirname(included), target);
}

/** The file and line a line of the page's tree was written at: an included file's own, or the page's. */
export function placeOf(included: readonly IncludedLines[] | undefined, page: string, line: number | undefined): { file: string; line?: number } {
  const range = line === undefined ? undefined : included?.find((r) => line > r.base && line <= r.base + r.count);
  return range ? { file: range.file, line: line! - range.base } : { file: page, line };
}
