import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { PageNode } from '../model/guide.js';
import { parseName, slugify } from '../model/parse-name.js';

/**
 * Output path of a page: its parent's path plus its slug, or the `slug` as given when it starts
 * with `/` (below `prefix`, the locale's, in a guide with locales). With `docIds`, front matter
 * `id` stands for the file's name, as Docusaurus reads it.
 */
export function pagePath(node: PageNode, parentPath: string, sources: Map<string, SourcePage>, diagnostics: DiagnosticBag, prefix = '', docIds = false): string {
  const custom = node.frontMatter.slug;
  const origin = node.file ?? node.dir ?? '';
  // In a Docusaurus docs folder, front matter `id` names a page (not a folder) in its URL.
  const id = docIds && node.dir === undefined ? node.frontMatter.id : undefined;
  const name = typeof id === 'string' && id.trim() ? id : parseName(path.posix.basename(node.dir ?? node.file ?? '')).stem;
  const own = slugify(name);
  if (custom === undefined) {
    if (Buffer.byteLength(own) > MAX_SEGMENT_BYTES) {
      diagnostics.error('slug', `the name ${path.posix.basename(origin)} makes a URL segment of over ${MAX_SEGMENT_BYTES} bytes`, { file: node.file, ...(node.file ? { line: 1, column: 1 } : {}) }, 'shorten it, or give the page a shorter `slug`');
      return `${parentPath}${own.slice(0, 64)}/`;
    }
    return `${parentPath}${own}/`;
  }
  const segments = custom.split('/').filter(Boolean);
  if (segments.length === 0 || LONE_SURROGATE.test(custom) || segments.some(isBadSegment)) {
    diagnostics.error('slug', `invalid slug ${JSON.stringify(custom)}: use URL path segments of letters, digits and dashes, without . or ..`, {
      file: origin,
      ...(node.file ? sources.get(node.file)?.frontMatter.positions.get('slug') : undefined),
    });
    return `${parentPath}${own}/`;
  }
  const joined = `${segments.join('/')}/`;
  return custom.startsWith('/') ? prefix + joined : `${parentPath}${joined}`;
}

/** A segment a URL path (and the folder written for it) cannot have. */
function isBadSegment(segment: string): boolean {
  return segment === '.' || segment === '..' || /[\\?#%\u0000-\u001f\u007f]/.test(segment) || Buffer.byteLength(segment) > MAX_SEGMENT_BYTES;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** File systems allow 255 bytes a name; the output writes a few more (a temporary suffix). */
const MAX_SEGMENT_BYTES = 200;
