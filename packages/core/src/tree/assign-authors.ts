import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { Author } from '../model/guide.js';
import type { NodeDraft } from './node-draft.js';

/**
 * Gives every page its authors: the ids it names, else those of the nearest folder page above it,
 * else the guide's defaults (the config's `defaultAuthor`, or an mdBook's authors). Unknown ids
 * are errors at their place in the front matter. `pages` are in reading order, so a page's parent
 * has its authors before the page.
 */
export function assignAuthors(
  pages: NodeDraft[],
  byId: Map<string, NodeDraft>,
  sources: Map<string, SourcePage>,
  authors: Map<string, Author>,
  defaultAuthors: readonly string[],
  diagnostics: DiagnosticBag,
): void {
  const known = [...authors.keys()].join(', ') || 'none: add authors.yml';
  for (const id of defaultAuthors) {
    if (!authors.has(id)) diagnostics.error('unknown-author', `unknown default author "${id}" (known: ${known})`, { file: 'guidekit.config.js' });
  }
  const fallback = defaultAuthors.filter((id) => authors.has(id));
  for (const node of pages) {
    const source = node.file ? sources.get(node.file) : undefined;
    const own = source?.frontMatter.data.authors;
    own?.forEach((id, i) => {
      if (authors.has(id)) return;
      diagnostics.error(
        'unknown-author',
        `unknown author "${id}" (known: ${known})`,
        { file: node.file, ...source!.frontMatter.authorPositions[i] },
        'add it to authors.yml or fix the id',
      );
    });
    const inherited = node.parent === undefined ? fallback : byId.get(node.parent)!.authors;
    node.authors = own ? own.filter((id) => authors.has(id)) : inherited;
  }
}
