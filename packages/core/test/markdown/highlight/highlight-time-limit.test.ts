import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeHighlighter } from '../../../src/markdown/highlight/create-code-highlighter.js';

const CODE = [
  "import { readFile } from 'node:fs/promises';",
  'export async function loadUsers(id, options = {}) {',
  "  const users = await fetch(`/api/users/${id}?limit=20`).then((r) => r.json());",
  '  return { ...options, users, total: users.reduce((sum, x) => sum + x.score * 3, 0) };',
  '}',
].join('\n');

describe('highlighting', () => {
  afterEach(() => vi.restoreAllMocks());

  it('gives the same tree however slowly the machine tokenizes a line', async () => {
    const highlight = await createCodeHighlighter();
    const expected = await highlight('js', CODE, '');
    // Each reading of the clock a second after the last: a tokenizer with a time limit per line
    // (shiki's default is 500 ms) gives up on every line after its first tokens.
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000));
    const slow = await highlight('js', CODE, '');
    expect(Date.now).toHaveBeenCalled();
    expect(slow).toEqual(expected);
    expect(JSON.stringify(slow).match(/"line"/g)).toHaveLength(5);
  });
});
