import path from 'node:path';
import { closestMatch } from '../diagnostics/closest-match.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { NodeDraft } from './node-draft.js';

/**
 * Front matter `prev` and `next`: a page written as a link is (`../01-intro.md`, `02-team/`),
 * relative to the page, becomes the `id` of the page it names; `false` stays `false`. A path
 * that names no page is a warning at its place, and the neighbour in reading order stays.
 */
export function resolveReadingOverrides(pages: NodeDraft[], sources: Map<string, SourcePage>, diagnostics: DiagnosticBag): void {
  const byFile = new Map<string, NodeDraft>();
  for (const node of pages) {
    if (node.file) byFile.set(node.file, node);
    if (node.dir !== undefined) byFile.set(node.dir, node);
  }
  for (const node of pages) {
    if (!node.file) continue;
    for (const key of ['prev', 'next'] as const) {
      const value = node.frontMatter[key];
      if (value === undefined) continue;
      if (value === false) {
        node[key] = false;
        continue;
      }
      const wanted = path.posix.normalize(path.posix.join(path.posix.dirname(node.file), value.split('#')[0]!)).replace(/\/+$/, '');
      const target = byFile.get(wanted);
      if (target) {
        node[key] = target.id;
        continue;
      }
      const near = closestMatch(wanted, [...byFile.keys()]);
      diagnostics.warn('prev-next', `\`${key}\` names no page: ${value}`, { file: node.file, ...sources.get(node.file)?.frontMatter.positions.get(key) }, near ? `did you mean ${path.posix.relative(path.posix.dirname(node.file), near)}?` : undefined);
    }
  }
}
