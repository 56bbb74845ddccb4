import type { PageNode } from '../model/guide.js';

/** A page while the tree is being built; frozen into a {@link PageNode} once complete. */
export type NodeDraft = Omit<{ -readonly [K in keyof PageNode]: PageNode[K] }, 'children' | 'authors'> & { children: NodeDraft[]; authors: string[] };
