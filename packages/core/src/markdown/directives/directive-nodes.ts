import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Properties } from 'hast';

/** A directive node of any of the three kinds remark-directive gives. */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** True for the directive nodes: `:::name` (container), `::name` (leaf), `:name` (text). */
export function isDirective(node: Nodes): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** How a directive of this kind is written: `:::`, `::` or `:`. */
export function fenceOf(node: Directive): string {
  return node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
}

/**
 * Takes a container's label (`:::note[Label]`, given as a first paragraph marked
 * `directiveLabel`) out of its children: its phrasing content, or undefined without one.
 */
export function takeLabel(node: ContainerDirective): PhrasingContent[] | undefined {
  const first = node.children[0];
  if (first?.type !== 'paragraph' || !(first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return undefined;
  node.children.shift();
  return first.children.length > 0 ? first.children : undefined;
}

/** The label of a leaf or text directive (`::tab[npm]`, `:badge[New]`), undefined when empty. */
export function labelOf(node: LeafDirective | TextDirective): PhrasingContent[] | undefined {
  return node.children.length > 0 ? node.children : undefined;
}

/** A paragraph that renders as `<p class="…">`. */
export function classedParagraph(className: string, children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children, data: { hProperties: { className: [className] } } };
}

/** Makes a node render as the element `hName` with `properties` (its children inside). */
export function renderAs(node: RootContent, hName: string, properties: Properties): void {
  node.data = { ...node.data, hName, hProperties: properties };
}

/** The property that marks an element as a component's, by name, for `rehypeComponents` to render with the theme's template. */
export const COMPONENT_PROPERTY = 'dataGkComponent';

/** Makes a node render as component `name`: the element `hName` with `properties`, which the theme's template may replace. */
export function renderAsComponent(node: RootContent, name: string, hName: string, properties: Properties): void {
  renderAs(node, hName, { ...properties, [COMPONENT_PROPERTY]: name });
}

/** The directive as it was written, near enough to read: `:name[label]{key="value"}` (the label as plain text). */
export function writtenForm(node: Directive, label: string): string {
  const attributes = writtenAttributes(node.attributes ?? {});
  return `${fenceOf(node)}${node.name}${label ? `[${label}]` : ''}${attributes.length > 0 ? `{${attributes.join(' ')}}` : ''}`;
}

/** Attributes as written: `key="value"`, or `key` alone when it has no value. */
export function writtenAttributes(attributes: Record<string, string | null | undefined>): string[] {
  return Object.entries(attributes).map(([key, value]) => (value ? `${key}="${value}"` : key));
}
