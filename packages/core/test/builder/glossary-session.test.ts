import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

describe('the glossary in a build session', () => {
  it('re-renders the pages that link terms when the glossary changes, and only the edited page otherwise', async () => {
    const root = contentFolder({
      'index.md': '# Home\n\nWelcome.\n',
      '01-work.md': '# Work\n\nWe plan each sprint.\n',
      '02-glossary.md': '---\nglossary: true\n---\n# Glossary\n\n## Sprint\n\nA fixed period of work.\n',
    });
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir });
    await session.build();
    const work = () => fs.readFileSync(path.join(outDir, 'work/index.html'), 'utf8');
    expect(work()).toContain('A fixed period of work.</span>');

    fs.writeFileSync(path.join(root, '02-glossary.md'), '---\nglossary: true\n---\n# Glossary\n\n## Sprint\n\nTwo weeks of work.\n');
    const changed = await session.update([path.join(root, '02-glossary.md')]);
    expect(changed.renderedMarkdown).toBe(3);
    expect(work()).toContain('Two weeks of work.</span>');

    fs.writeFileSync(path.join(root, '01-work.md'), '# Work\n\nWe plan each sprint together.\n');
    const edited = await session.update([path.join(root, '01-work.md')]);
    expect(edited.renderedMarkdown).toBe(1);
    await session.builder.close();
  });
});
