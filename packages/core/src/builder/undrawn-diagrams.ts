import type { Content } from '../discover/read-content.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../model/guide.js';
import { installCommand, OPTIONAL_PACKAGES } from '../support/optional-package.js';

/** A fence that opens a diagram: its backticks or tildes, then `mermaid`. */
const DIAGRAM_FENCE = /^([ \t]{0,3})(?:`{3,}|~{3,})[ \t]*mermaid\b/m;

/**
 * With mermaid not installed (the theme has no `diagrams` feature), warns once, at the first
 * diagram of the guide, that diagrams show as their source until it is: a guide builds without
 * them, as its readers without JavaScript see it.
 */
export function reportUndrawnDiagrams(
  runs: readonly { guide: Guide; bodies: ReadonlyMap<PageNode, RenderedMarkdown | undefined> }[],
  content: Content,
  drawn: boolean,
  diagnostics: DiagnosticBag,
): void {
  if (drawn) return;
  for (const { guide, bodies } of runs) {
    const node = guide.pages.find((page) => bodies.get(page)?.data.features.has('diagrams'));
    if (!node) continue;
    const text = (node.file && content.sources.get(node.file)?.text) || '';
    const fence = DIAGRAM_FENCE.exec(text);
    const before = fence ? text.slice(0, fence.index) : '';
    const at = fence ? { line: before.split('\n').length, column: fence[1]!.length + 1 } : {};
    diagnostics.warn(
      'diagrams',
      '```mermaid diagrams are drawn by mermaid, which is not installed: the pages show their source',
      { ...(node.file && { file: node.file }), ...at },
      `\`${installCommand(OPTIONAL_PACKAGES.diagrams)}\`, then build again`,
    );
    return;
  }
}
