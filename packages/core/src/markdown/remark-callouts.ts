import type { Blockquote, PhrasingContent, Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { walkTree } from './walk-tree.js';
import { classedParagraph, renderAsComponent } from './directives/directive-nodes.js';

/** The callout kinds of GitHub's alert syntax, with the title each shows. */
export const CALLOUT_TITLES = {
  note: 'Note',
  tip: 'Tip',
  important: 'Important',
  warning: 'Warning',
  caution: 'Caution',
} as const;

const MARKER = /^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\][ \t]*(?:\n|$)/i;

/**
 * Turns GitHub alerts (`> [!NOTE]` as a blockquote's first line) into
 * `<aside class="callout callout-note" role="note">` with a title paragraph.
 */
export function remarkCallouts() {
  return (tree: Root): void => {
    walkTree(tree, (node) => {
      if (node.type !== 'blockquote') return;
      const first = node.children[0];
      if (first?.type !== 'paragraph') return;
      const text = first.children[0];
      if (text?.type !== 'text') return;
      const match = MARKER.exec(text.value);
      if (!match) return;
      const kind = match[1]!.toLowerCase() as keyof typeof CALLOUT_TITLES;
      text.value = text.value.slice(match[0].length);
      if (text.value === '') first.children.shift();
      if (first.children[0]?.type === 'break') first.children.shift();
      if (first.children.length === 0) node.children.shift();
      makeCallout(node, kind, [{ type: 'text', value: CALLOUT_TITLES[kind] }]);
    });
  };
}

/**
 * Makes `node` a callout of `kind`: `title` as its first paragraph (`<p class="callout-title">`),
 * the whole rendered as the `callout` component, `<aside class="callout callout-note" role="note">`.
 * A GitHub alert and an admonition directive (`:::note`) both become one.
 */
export function makeCallout(node: Blockquote | ContainerDirective, kind: keyof typeof CALLOUT_TITLES, title: PhrasingContent[]): void {
  node.children.unshift(classedParagraph('callout-title', title));
  renderAsComponent(node, 'callout', 'aside', { className: ['callout', `callout-${kind}`], role: 'note' });
}
