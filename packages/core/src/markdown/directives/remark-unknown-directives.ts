import type { Nodes, Parents, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { closestMatch } from '../../diagnostics/closest-match.js';
import { mdastToString } from '../deps.js';
import { fenceOf, isDirective, writtenForm, type Directive } from './directive-nodes.js';
import { KNOWN_DIRECTIVES } from './remark-directives.js';

/**
 * Runs after the user's remark plugins: a directive none of them rendered (no `data.hName`) is a
 * warning at its place with the name probably meant, and its text stays in the page: a text or
 * leaf directive as it was written, a container as its content. So is a container whose title
 * follows a space (`:::note Title`, which remark-directive leaves as text).
 */
export function remarkUnknownDirectives() {
  return (tree: Root, file: VFile): void => {
    replaceIn(tree, file);
  };
}

/** A container written as Docusaurus 2 wrote a title, after a space (`:::note Title`): remark-directive reads it as text. */
const SPACED_TITLE = /^(:{3,})([A-Za-z][\w-]*)[ \t]+([^\n[{][^\n]*)/;

function replaceIn(parent: Parents, file: VFile): void {
  parent.children = parent.children.flatMap((child): RootContent[] => {
    const first = child.type === 'paragraph' ? child.children[0] : undefined;
    const spaced = first?.type === 'text' ? SPACED_TITLE.exec(first.value) : null;
    if (spaced) {
      const [, fence, name, title] = spaced;
      file.message(`\`${fence}${name} ${title!.trim()}\` is not read as a directive: write the title in brackets, \`${fence}${name}[${title!.trim()}]\``, {
        place: child.position?.start,
        ruleId: 'unknown-directive',
      });
    }
    if ('children' in child) replaceIn(child, file);
    if (!isDirective(child as Nodes) || child.data?.hName) return [child];
    const directive = child as Directive;
    const guess = closestMatch(directive.name, KNOWN_DIRECTIVES);
    const message = file.message(`unknown directive \`${fenceOf(directive)}${directive.name}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}`, {
      place: directive.position?.start,
      ruleId: 'unknown-directive',
    });
    if (directive.type === 'textDirective') message.note = 'a colon before a word starts a directive: write `\\:` for a plain colon';
    if (directive.type === 'containerDirective') return [{ ...directive, data: { ...directive.data, hName: 'div' } }];
    const label = directive.type === 'leafDirective' || directive.children.length > 0 ? mdastToString(directive) : '';
    const text = { type: 'text' as const, value: writtenForm(directive, label), position: directive.position };
    return directive.type === 'leafDirective' ? [{ type: 'paragraph', children: [text], position: directive.position }] : [text as RootContent];
  });
}
