import path from 'node:path';
import { parseName, slugify } from '../model/parse-name.js';
import type { ImageSize, MarkdownContext, PageRef } from './markdown-context.js';
import { suggestTarget } from './suggest-target.js';

/** What a link or image reference in a page points at. */
export type LinkTarget =
  /** Left as written: external, protocol, same-page anchor or root-absolute link. */
  | { kind: 'external' }
  | { kind: 'page'; page: PageRef; anchor?: string; href: string }
  | { kind: 'asset'; file: string; href: string; size?: ImageSize }
  /** `suggestion` is the nearest existing target, written as the link would have to be. */
  | { kind: 'missing'; file: string; suggestion?: string }
  | { kind: 'outside' };

export const PROTOCOL = /^[a-z][a-z\d+.-]*:/i;

/**
 * Resolves a relative link written in `fromFile` against the guide: `.md` files and folders
 * become page URLs (keeping `#anchors`), other files become asset URLs.
 */
export function resolveLink(context: MarkdownContext, fromFile: string, href: string): LinkTarget {
  if (!href || PROTOCOL.test(href) || href.startsWith('//') || href.startsWith('#') || href.startsWith('/')) {
    return { kind: 'external' };
  }
  const [pathPart = '', anchor] = splitOnce(href.replace(/\?.*?(?=#|$)/, ''), '#');
  let target: string;
  try {
    target = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), decodeURI(pathPart)));
  } catch {
    return { kind: 'missing', file: pathPart };
  }
  if (target === '..' || target.startsWith('../')) return { kind: 'outside' };
  const dir = target.replace(/\/$/, '') === '.' ? '' : target.replace(/\/$/, '');
  const page = context.files.get(target) ?? context.dirs.get(dir) ?? (context.assets.has(target) ? undefined : pageByUrlName(context, target));
  if (page) return { kind: 'page', page, anchor, href: page.url + (anchor ? `#${anchor}` : '') };
  if (context.assets.has(target)) {
    const href = encodeURI(context.base + assetPath(target, context.versionFolders)) + (anchor ? `#${anchor}` : '');
    const size = context.images.get(target);
    return size ? { kind: 'asset', file: target, href, size } : { kind: 'asset', file: target, href };
  }
  return { kind: 'missing', file: target, suggestion: suggestTarget(context, fromFile, target) };
}

/**
 * The page a link names the way other tools let authors name pages: `ch04-01-ownership.html` (as
 * mdBook books link chapters) or `ch04-01-ownership` (as Docusaurus docs link theirs) is
 * `ch04-01-ownership.md`; a folder's `index.html` is the folder's page.
 */
function pageByUrlName(context: MarkdownContext, target: string): PageRef | undefined {
  const html = target.endsWith('.html');
  if (!html && path.posix.extname(target)) return undefined;
  const stem = html ? target.slice(0, -'.html'.length) : target;
  const page = context.files.get(`${stem}.md`) ?? context.files.get(`${stem}.mdx`);
  if (page || !html || path.posix.basename(stem) !== 'index') return page;
  const dir = path.posix.dirname(stem) === '.' ? '' : path.posix.dirname(stem);
  return context.dirs.get(dir) ?? context.files.get(dir ? `${dir}/README.md` : 'README.md');
}

/**
 * Output path of an asset: its folders' names with their numbers dropped, the file name as is. The
 * folder of a version (`versions/1.0`, one of `versionFolders`) is kept as it is: its name is no number.
 */
export function assetPath(file: string, versionFolders: readonly string[] = []): string {
  const kept = versionFolders.find((folder) => file.startsWith(`${folder}/`));
  const parts = (kept ? file.slice(kept.length + 1) : file).split('/');
  const name = parts.pop()!;
  return [...(kept ? [kept] : []), ...parts.map((dir) => slugify(parseName(dir).stem)), name].join('/');
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const i = text.indexOf(separator);
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

/** A target as a string that changes whenever the rendered link would. */
export function describeTarget(target: LinkTarget): string {
  switch (target.kind) {
    case 'page':
      return `page ${target.href}`;
    case 'asset':
      return `asset ${target.href}${target.size ? ` ${target.size.width}x${target.size.height}` : ''}`;
    case 'missing':
      return `missing ${target.suggestion ?? ''}`;
    default:
      return target.kind;
  }
}
