import type { Guide, PageNode } from './guide.js';

/** `node` and every page below it, depth first, each page before its sub-topics: reading order. */
export function* walkPages(node: PageNode): Generator<PageNode> {
  yield node;
  for (const child of node.children) yield* walkPages(child);
}

/** The pages above `node`, nearest first (the home page last). */
export function* ancestorsOf(guide: Guide, node: PageNode): Generator<PageNode> {
  for (let id = node.parent; id !== undefined; ) {
    const parent = guide.byId.get(id)!;
    yield parent;
    id = parent.parent;
  }
}

/** The top-level chapter that holds `node` (itself, for a chapter); undefined for the home page. */
export function chapterOf(guide: Guide, node: PageNode): PageNode | undefined {
  if (node.kind === 'home') return undefined;
  let chapter = node;
  for (const above of ancestorsOf(guide, node)) if (above.kind !== 'home') chapter = above;
  return chapter;
}
