import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createSession } from '../../../src/index.js';
import { cleanBuild, contentFolder, tempDir } from '../../helpers.js';

/** Every block the highlighter is asked for, as `lang:first line`. */
const highlighted: string[] = [];
vi.mock('../../../src/markdown/highlight/create-code-highlighter.js', async (original) => {
  const actual = await original<typeof import('../../../src/markdown/highlight/create-code-highlighter.js')>();
  return {
    ...actual,
    createCodeHighlighter: async (...args: Parameters<typeof actual.createCodeHighlighter>) => {
      const highlight = await actual.createCodeHighlighter(...args);
      return (lang: string, code: string, meta: string) => {
        highlighted.push(`${lang}:${code.split('\n')[0]}`);
        return highlight(lang, code, meta);
      };
    },
  };
});

const LANGS = ['js', 'ts', 'python', 'bash', 'json', 'yaml', 'go', 'rust', 'java', 'html', 'css', 'sql'];
const page = (changed = '') =>
  `# Code\n\n${LANGS.map((lang, i) => `Block ${i}.\n\n\`\`\`${lang}\n${lang === 'ts' ? `// ${changed || 'ts'} block` : `// ${lang} block`}\nx${i}\n\`\`\`\n`).join('\n')}`;

describe('a build session on a code-heavy page', () => {
  it('highlights again only the block an edit changed', async () => {
    const root = contentFolder({ 'index.md': '# Home\n', '01-code.md': page() });
    const out = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir: out });
    expect((await session.build()).ok).toBe(true);
    expect(highlighted.sort()).toEqual(LANGS.map((lang) => `${lang}:// ${lang} block`).sort());

    highlighted.length = 0;
    fs.writeFileSync(path.join(root, '01-code.md'), page('edited'));
    const report = await session.update([path.join(root, '01-code.md')]);
    expect(report).toMatchObject({ ok: true, renderedMarkdown: 1 });
    expect(highlighted).toEqual(['ts:// edited block']);
    expect(fs.readFileSync(path.join(out, 'code', 'index.html'), 'utf8')).toBe((await cleanBuild(root)).read('code/index.html'));
  });
});
