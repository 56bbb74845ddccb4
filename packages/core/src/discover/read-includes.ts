import fs from 'node:fs';
import path from 'node:path';
import { hashOf } from '../support/hash.js';
import { resolveInclude } from '../support/include-path.js';
import { isInside } from '../support/is-inside.js';
import { decodeText } from './decode-text.js';
import { readGitBlobs } from './read-git-ref.js';

/** A file a page includes (`::include{file=…}`, `::code{file=…}`): its text and a hash of it. */
export interface IncludedFile {
  text: string;
  hash: string;
}

/** `::include{…}` or `::code{…}` with its attributes, as a page writes it. */
const INCLUDE = /::(include|code)\{([^}\n]*)\}/g;
const FILE_ATTRIBUTE = /(?:^|\s)file=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/;

/** A file a page includes: its content-relative path, and whether it is markdown (`::include`) or code (`::code`). */
export interface IncludeTarget {
  file: string;
  markdown: boolean;
}

/** The files the include directives written in `from` (a content-relative file) name, those inside the content folder. */
export function includeTargets(from: string, text: string): IncludeTarget[] {
  if (!text.includes('::')) return [];
  const targets: IncludeTarget[] = [];
  for (const match of text.matchAll(INCLUDE)) {
    const attribute = FILE_ATTRIBUTE.exec(match[2]!);
    const file = attribute && resolveInclude(from, attribute[1] ?? attribute[2] ?? attribute[3]!);
    if (file) targets.push({ file, markdown: match[1] === 'include' });
  }
  return targets;
}

/**
 * Reads the files the pages include (`SourcePage.includes`), and those included markdown
 * includes in turn: the markdown stage does no I/O, so what it embeds is read here. Files of
 * versions read from git (`git`: blob ids by path) are read from the repository. Paths that leave the content folder
 * (by `..` or a symbolic link), and files that are missing or not UTF-8, are not read: the page
 * that names them reports it at the directive's place.
 */
export function readIncludes(root: string, pages: Iterable<{ includes?: IncludeTarget[] }>, git: ReadonlyMap<string, string> = new Map()): Map<string, IncludedFile> {
  const included = new Map<string, IncludedFile>();
  const pending = [...pages].flatMap((page) => page.includes ?? []);
  if (pending.length === 0) return included;
  const realRoot = fs.realpathSync(root);
  while (pending.length > 0) {
    const { file, markdown } = pending.pop()!;
    if (included.has(file)) continue;
    // A file of a version read from git is read from the repository, as its pages are.
    const blob = git.get(file);
    const text = blob ? decodedText(readGitBlobs(root, [blob]).get(blob)) : readIncludedText(realRoot, path.join(root, file));
    if (text === undefined) continue;
    included.set(file, { text, hash: hashOf(text) });
    if (markdown) pending.push(...includeTargets(file, text));
  }
  return included;
}

/**
 * The decoded text of a file a page includes (`file` absolute), when it lies inside `realRoot` (a
 * real path) once symbolic links are followed; undefined when it is outside, missing, a folder, or not UTF-8.
 */
export function readIncludedText(realRoot: string, file: string): string | undefined {
  try {
    if (!isInside(realRoot, fs.realpathSync(file))) return undefined;
    return decodedText(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

function decodedText(bytes: Uint8Array | undefined): string | undefined {
  const decoded = bytes && decodeText(bytes);
  return decoded && decoded.ok ? decoded.text : undefined;
}
