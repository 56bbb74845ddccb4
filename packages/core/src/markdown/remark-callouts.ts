import type { Paragraph, Root } from 'mdast';
import { walkTree } from './walk-tree.js';
import { COMPONENT_PROPERTY } from './directives/directive-nodes.js';

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
      const title: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value: CALLOUT_TITLES[kind] }],
        data: { hProperties: { className: ['callout-title'] } },
      };
      node.children.unshift(title);
      node.data = {
        hName: 'aside',
        hProperties: { className: ['callout', `callout-${kind}`], role: 'note', [COMPONENT_PROPERTY]: 'callout' },
      };
    });
  };
}
