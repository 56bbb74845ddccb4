import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { packHast, unpackHast } from '../../src/markdown/packed-hast.js';

const tree = (extra: object = {}): Root => ({
  type: 'root',
  children: [
    { type: 'element', tagName: 'pre', properties: { className: ['a', 'b'], tabIndex: 0 }, children: [{ type: 'text', value: 'x\n' }, { type: 'element', tagName: 'span', properties: {}, children: [], ...extra }] },
  ],
});

describe('packed hast', () => {
  it('gives back the tree it packed, at half its JSON', () => {
    const packed = packHast(tree({ position: undefined }))!;
    expect(unpackHast(JSON.parse(JSON.stringify(packed)))).toEqual(tree());
    expect(JSON.stringify(packed).length * 2).toBeLessThan(JSON.stringify(tree()).length);
  });

  it('does not pack a tree with nodes or fields it cannot hold', () => {
    expect(packHast(tree({ data: { meta: 'x' } }))).toBeUndefined();
    expect(packHast(tree({ position: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } } }))).toBeUndefined();
    expect(packHast({ type: 'root', children: [{ type: 'comment', value: 'x' }] })).toBeUndefined();
  });
});
