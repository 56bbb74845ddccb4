import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

describe('a build session with includes', () => {
  it('re-renders the pages that include a file when it changes, and only those', async () => {
    const root = contentFolder({
      'index.md': '# Home\n\nWelcome.\n',
      '01-setup.md': '# Setup\n\n::include{file="_snippets/install.md"}\n',
      '02-usage.md': '# Usage\n\n::code{file="src/app.js" region="main"}\n',
      '03-other.md': '# Other\n\nNothing included.\n',
      '_snippets/install.md': 'Run `npm install`.\n',
      'src/app.js': '// #region main\nconsole.log(1);\n// #endregion\n',
    });
    const out = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir: out });
    expect((await session.build()).ok).toBe(true);

    fs.writeFileSync(path.join(root, '_snippets/install.md'), 'Run `pnpm install`.\n');
    const snippet = await session.update([path.join(root, '_snippets/install.md')]);
    expect(snippet).toMatchObject({ ok: true, renderedMarkdown: 1 });
    expect(fs.readFileSync(path.join(out, 'setup/index.html'), 'utf8')).toContain('pnpm install');

    fs.writeFileSync(path.join(root, 'src/app.js'), '// #region main\nconsole.log(2);\n// #endregion\n');
    const code = await session.update([path.join(root, 'src/app.js')]);
    expect(code).toMatchObject({ ok: true, renderedMarkdown: 1 });
    expect(fs.readFileSync(path.join(out, 'usage/index.html'), 'utf8')).toMatch(/console.*log.*2/s);

    fs.rmSync(path.join(root, '_snippets/install.md'));
    const missing = await session.update([path.join(root, '_snippets/install.md')]);
    expect(missing.ok).toBe(false);
    expect(missing.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual(['01-setup.md:3:1 included file not found: _snippets/install.md']);
    fs.writeFileSync(path.join(root, '_snippets/install.md'), 'Back.\n');
    expect(await session.update([path.join(root, '_snippets/install.md')])).toMatchObject({ ok: true, renderedMarkdown: 1 });
    await session.close();
  });
});
