import path from 'node:path';
import { editDistance, nearEnough } from '../diagnostics/closest-match.js';
import { parseName } from '../model/parse-name.js';
import type { MarkdownContext } from './markdown-context.js';

const MARKDOWN_LINK = /\.(md|markdown)$/i;
const FOLDER_LINK = /(^|\/)[^./]*$/;

/** A target that exists, as a reader thinks of it (see `comparablePath`), and its last segment. */
interface Candidate {
  path: string;
  comparable: string;
  name: string;
}

/** The targets of one kind that exist, and the same by their last segment. */
interface Candidates {
  all: Candidate[];
  byName: Map<string, Candidate[]>;
}

/** The candidates of each context, made once: a guide with hundreds of broken links asks for them hundreds of times. */
const indexes = new WeakMap<MarkdownContext, Record<'files' | 'dirs' | 'assets', Candidates>>();

/**
 * The existing page (for a link to a `.md` file or a folder) or asset nearest to a missing target,
 * relative to the linking page, when it is near enough to be what was meant. Targets with the
 * same last segment come first (a folder renamed, a number prefix added): only when none is near
 * enough are the others compared, those whose last segment is near the target's, each comparison
 * stopping once it cannot beat the best so far; when no whole path is near, the target whose file
 * name is nearest (a misspelt file in the wrong folder). A thousand links to a renamed folder cost
 * a few milliseconds.
 */
export function suggestTarget(context: MarkdownContext, fromFile: string, target: string): string | undefined {
  let index = indexes.get(context);
  if (!index) {
    const dirs = [...context.dirs.keys()].filter(Boolean).map((dir) => `${dir}/`);
    index = { files: candidates([...context.files.keys()]), dirs: candidates(dirs), assets: candidates([...context.assets]) };
    indexes.set(context, index);
  }
  // On a tie, the kind of target the link was written as: a file, or a folder.
  const kinds = MARKDOWN_LINK.test(target) ? [index.files, index.dirs] : FOLDER_LINK.test(target) ? [index.dirs, index.files] : [index.assets];
  const wanted = comparablePath(target);
  const name = lastSegment(wanted);
  const nameLimit = nearEnough(name);
  const sameName = nearest(wanted, kinds.flatMap((kind) => kind.byName.get(name) ?? []));
  if (sameName) return relativeTo(fromFile, sameName);
  const nearName = kinds.flatMap((kind) => kind.all.filter((c) => c.name !== name && editDistance(name, c.name, nameLimit) <= nameLimit));
  return relativeTo(fromFile, nearest(wanted, nearName) ?? nearestName(name, wanted, nearName));
}

/** The link from `fromFile` to an existing target. */
function relativeTo(fromFile: string, best: string | undefined): string | undefined {
  return best && path.posix.relative(path.posix.dirname(fromFile), best) + (best.endsWith('/') ? '/' : '');
}

/** The candidate nearest to `wanted`, near enough to suggest; ties go to the earlier one. */
function nearest(wanted: string, pool: Candidate[]): string | undefined {
  let best: string | undefined;
  let bestDistance = nearEnough(wanted) + 1;
  for (const candidate of pool) {
    const distance = editDistance(wanted, candidate.comparable, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate.path;
      bestDistance = distance;
    }
  }
  return best;
}

/** Of candidates whose names are near `name`, the nearest by name, then by whole path. */
function nearestName(name: string, wanted: string, pool: Candidate[]): string | undefined {
  let best: { path: string; byName: number; byPath: number } | undefined;
  for (const candidate of pool) {
    const byName = editDistance(name, candidate.name);
    const byPath = editDistance(wanted, candidate.comparable);
    if (!best || byName < best.byName || (byName === best.byName && byPath < best.byPath)) best = { path: candidate.path, byName, byPath };
  }
  return best?.path;
}

function candidates(paths: string[]): Candidates {
  const all = paths.map((candidate): Candidate => {
    const comparable = comparablePath(candidate);
    return { path: candidate, comparable, name: lastSegment(comparable) };
  });
  const byName = new Map<string, Candidate[]>();
  for (const candidate of all) {
    const named = byName.get(candidate.name);
    if (named) named.push(candidate);
    else byName.set(candidate.name, [candidate]);
  }
  return { all, byName };
}

function lastSegment(comparable: string): string {
  return comparable.slice(comparable.lastIndexOf('/') + 1);
}

/** A path as a reader thinks of it: no number prefixes, extension, `index`/`README` or case. */
function comparablePath(file: string): string {
  return file
    .toLowerCase()
    .replace(/\.(md|markdown)$/, '')
    .replace(/(^|\/)(index|readme)$/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => parseName(segment).stem)
    .join('/');
}
