import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { Author, PageNode } from './types.js';

/**
 * Gives every page its authors: the ids it names, else those of the nearest folder page above it,
 * else the config's default. Unknown ids are errors at their place in the front matter.
 */
export function assignAuthors(
  home: PageNode,
  sources: Map<string, SourcePage>,
  authors: Map<string, Author>,
  defaultAuthor: string | undefined,
  diagnostics: DiagnosticBag,
): void {
  const known = [...authors.keys()].join(', ') || 'none: add authors.yml';
  if (defaultAuthor !== undefined && !authors.has(defaultAuthor)) {
    diagnostics.error('unknown-author', `unknown default author "${defaultAuthor}" (known: ${known})`, {
      file: 'guidekit.config.js',
    });
  }
  const fallback = defaultAuthor && authors.has(defaultAuthor) ? [defaultAuthor] : [];
  const visit = (node: PageNode, inherited: string[]): void => {
    const source = node.file ? sources.get(node.file) : undefined;
    const own = source?.frontMatter.data.authors;
    if (own) {
      own.forEach((id, i) => {
        if (authors.has(id)) return;
        diagnostics.error(
          'unknown-author',
          `unknown author "${id}" (known: ${known})`,
          { file: node.file, ...source!.frontMatter.authorPositions[i] },
          'add it to authors.yml or fix the id',
        );
      });
    }
    node.authors = own ? own.filter((id) => authors.has(id)) : inherited;
    for (const child of node.children) visit(child, node.authors);
  };
  visit(home, fallback);
}
