import { isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from '../../src/discover/simple-yaml.js';

/** What a YAML parser makes of `text`, in the shape `readSimpleYaml` gives. */
function parsed(text: string) {
  const doc = parseDocument(text);
  expect(doc.errors).toEqual([]);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const valueAt = new Map<string, number>();
  const itemsAt = new Map<string, number[]>();
  for (const key of Object.keys(data)) {
    const node = doc.get(key, true) as Node;
    valueAt.set(key, node.range![0]);
    if (isSeq(node)) itemsAt.set(key, node.items.map((item) => (isScalar(item) ? item.range![0] : -1)));
  }
  return { data, valueAt, itemsAt };
}

describe('front matter read without a YAML parser', () => {
  it('reads keys, strings, numbers, words and lists as a YAML parser does, with the same positions', () => {
    const texts = [
      'title: "Existing Shared User"\ndescription: Plain words, with commas (and parentheses).\nauthor: chen-mei-ling\n',
      "title: 'Single'\norder: 12\ndraft: false\nzero: 0\nnothing: null\nyes: yes\nno: True\n",
      'authors:\n  - anna\n  - "bo"\n\n# a comment\nslug: intro-page\n',
      'authors:\n- anna\n- bo\n',
      'title: Ünïcode — fine "quotes" inside\nkey_with-dash:\tTabbed\n',
      'authors:\n  # who wrote it\n  - anna\n\t\ntitle: No final newline',
      '# only a comment\n\n',
      '',
    ];
    for (const text of texts) expect(readSimpleYaml(text), text).toEqual(parsed(text));
  });

  it('leaves every other shape to the YAML parser', () => {
    const texts = [
      'title: A title # with a comment\n',
      'title: "An \\"escaped\\" quote"\n',
      "title: 'It''s'\n",
      'title: Two\n  lines\n',
      'title: time: 10\n',
      'order: -1\n',
      'order: 1.5\n',
      'order: 007\n',
      'date: 2024-01-01\n',
      'title: ~\n',
      'title: trailing space \n',
      'title: a\ntitle: b\n',
      'authors:\n  - anna\n    - bo\n',
      'authors:\n  - anna\n - bo\n',
      'authors: [anna, bo]\n',
      'authors:\n  - name: anna\n',
      'empty:\ntitle: x\n',
      'nested:\n  key: value\n',
      '  indented: key\n',
      '__proto__: x\n',
      `${'k'.repeat(1001)}: x\n`,
      'title: ends in a no-break space\u00a0\n',
      'True: x\n',
      'title: x\r\n',
      '- a list\n',
      'title: |\n  block\n',
      'title: &anchor x\n',
      '? complex\n: key\n',
    ];
    for (const text of texts) expect(readSimpleYaml(text), text).toBeUndefined();
  });
});
