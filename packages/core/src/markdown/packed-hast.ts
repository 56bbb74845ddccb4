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
  if (!hasOnly(root, 2)) return undefined;
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
  if (node.type === 'text' && hasOnly(node, 2)) return node.value;
  if (node.type !== 'element' || !hasOnly(node, 4)) return undefined;
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

/**
 * True when `node` has no fields but its type's: `type` and `children` or `value`, and an
 * element's `tagName` and `properties`. Fields set to undefined do not count: JSON drops them too.
 */
function hasOnly(node: object, fields: number): boolean {
  let count = 0;
  for (const value of Object.values(node)) if (value !== undefined) count++;
  return count === fields;
}
