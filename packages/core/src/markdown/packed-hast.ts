import type { Element, ElementContent, Properties, Root } from 'hast';

/** A node of a hast tree as JSON holds it compactly: an element as `[tagName, properties, ...children]`, a text as its value. */
export type PackedNode = string | PackedElement;

/** An element packed: `[tagName, properties, ...children]`. */
export interface PackedElement extends Array<string | Properties | PackedNode> {
  0: string;
  1: Properties;
}

/**
 * The children of `root` packed (see `PackedNode`): half the JSON of the tree as it is. Undefined
 * when the tree holds anything a packed node cannot: other kinds of node, or fields beyond these.
 */
export function packHast(root: Root): PackedNode[] | undefined {
  if (!hasOnly(root, ROOT_FIELDS)) return undefined;
  const packed: PackedNode[] = [];
  for (const child of root.children) {
    const node = pack(child as ElementContent);
    if (node === undefined) return undefined;
    packed.push(node);
  }
  return packed;
}

/** The tree `packHast` packed. */
export function unpackHast(packed: PackedNode[]): Root {
  return { type: 'root', children: packed.map(unpack) };
}

function pack(node: ElementContent): PackedNode | undefined {
  if (node.type === 'text' && hasOnly(node, TEXT_FIELDS)) return node.value;
  if (node.type !== 'element' || !hasOnly(node, ELEMENT_FIELDS) || typeof node.properties !== 'object') return undefined;
  const packed: PackedElement = [node.tagName, node.properties];
  for (const child of node.children) {
    const packedChild = pack(child);
    if (packedChild === undefined) return undefined;
    packed.push(packedChild);
  }
  return packed;
}

function unpack(node: PackedNode): ElementContent {
  if (typeof node === 'string') return { type: 'text', value: node };
  const [tagName, properties, ...children] = node as [string, Properties, ...PackedNode[]];
  return { type: 'element', tagName, properties, children: children.map(unpack) } satisfies Element;
}

const ROOT_FIELDS = new Set(['type', 'children']);
const TEXT_FIELDS = new Set(['type', 'value']);
const ELEMENT_FIELDS = new Set(['type', 'tagName', 'properties', 'children']);

/** True when `node` has no fields but `fields`. Fields set to undefined do not count: JSON drops them too. */
function hasOnly(node: object, fields: Set<string>): boolean {
  return Object.entries(node).every(([name, value]) => value === undefined || fields.has(name));
}
