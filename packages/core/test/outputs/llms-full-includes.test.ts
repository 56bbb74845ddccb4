import { describe, expect, it } from 'vitest';
import { buildGuide } from '../helpers.js';

describe('llms-full.txt of a guide with includes', () => {
  it('shows what a page includes in place of its include directives, with the included links as URLs', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': "export default { title: 'Guide', siteUrl: 'https://example.com/g/' };\n",
      'index.md': '# Guide\n\nWelcome.\n',
      '01-intro.md': '# Intro\n\nBefore.\n\n::include{file="_s/tip.md"}\n\n::code{file="src/a.js" region="main"}\n\nAfter, see [the team](02-team.md).\n',
      '02-team.md': '# Team\n\nThe team.\n',
      '_s/tip.md': '---\nnote: shared\n---\nRead [the team](../02-team.md) first.\n\n::include{file="deeper.md"}\n',
      '_s/deeper.md': 'Deeper, [home](../index.md).\n',
      'src/a.js': '// #region main\nconst a = `x`;\n// #endregion\n',
    });
    expect(report.diagnostics).toEqual([]);
    expect(read('llms-full.txt')).toContain(
      [
        '# 1. Intro',
        '',
        'URL: <https://example.com/g/intro/>',
        '',
        'Before.',
        '',
        'Read [the team](https://example.com/g/team/) first.',
        '',
        'Deeper, [home](https://example.com/g/).',
        '',
        '```js',
        'const a = `x`;',
        '```',
        '',
        'After, see [the team](https://example.com/g/team/).',
      ].join('\n'),
    );
  });

  it('keeps an embedded block in the list item that includes it', async () => {
    const { read } = await buildGuide({
      'index.md': '# Guide\n\n1. First:\n\n   ::code{file="a.sh"}\n\n2. Second.\n',
      'a.sh': 'echo one\n\necho two\n',
    });
    expect(read('llms-full.txt')).toContain('1. First:\n\n   ```sh\n   echo one\n\n   echo two\n   ```\n\n2. Second.');
  });
});
