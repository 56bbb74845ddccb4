import type { Element, ElementContent, Root, RootContent } from 'hast';

/**
 * The text of a node as a reader sees it: without the `#` anchors of headings and the numbers of
 * footnote references. What structured data and the glossary quote of a page.
 */
export function readerText(node: Element | Root): string {
  let text = '';
  const visit = (child: RootContent | ElementContent) => {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element' && !isMarker(child)) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return text;
}

function isMarker(node: Element): boolean {
  const className = node.properties.className;
  return node.properties.dataFootnoteRef !== undefined || (Array.isArray(className) && className.includes('heading-anchor'));
}
