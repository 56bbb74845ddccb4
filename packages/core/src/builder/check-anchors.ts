import { closestMatch } from '../diagnostics/closest-match.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../model/guide.js';

/** Warns about `page.md#anchor` links whose anchor is not an id on the target page. */
export function checkAnchors(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>, diagnostics: DiagnosticBag): void {
  const byId = new Map(guide.pages.map((p) => [p.id, p]));
  for (const [node, body] of bodies) {
    for (const link of body?.data.links ?? []) {
      const target = byId.get(link.target);
      const ids = target ? bodies.get(target)?.data.ids : undefined;
      const anchor = safeDecode(link.anchor);
      if (!target || !ids || ids.has(anchor)) continue;
      const near = closestMatch(anchor, ids);
      diagnostics.warn('missing-anchor', `anchor #${anchor} not found in ${target.file ?? target.url}`, {
        file: link.file ?? node.file,
        line: link.line,
        column: link.column,
      }, near && `did you mean #${near}?`);
    }
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
