import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, formatDiagnostic } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

const guide = {
  'index.md': '# Home\n\nStart with [the intro](01-intro.md).\n',
  '01-intro.md': [
    '# Intro',
    '',
    'Read [the roles](02-team/01-role.md) first.',
    '',
    'Then [who does what](02-team/01-roles.md#who-does-wat).',
    '',
    '## On this page',
    '',
    'Jump [down](#on-this-pag) or [back up](#on-this-page).',
    '',
  ].join('\n'),
  '02-team/index.md': '# Team\n\nThe team.\n',
  '02-team/01-roles.md': '# Roles\n\n## Who does what\n\nBack to [intro](../01-intro.md#on-this-page).\n',
};

describe('checked links', () => {
  it('warns about a missing page and missing anchors at their file and line, with the nearest match', async () => {
    const report = await build({ root: contentFolder(guide), outDir: path.join(tempDir(), 'out') });
    expect(report.ok).toBe(true);
    expect(report.diagnostics.map(formatDiagnostic)).toEqual([
      '01-intro.md:3:6: warning: link target not found: 02-team/01-role.md (did you mean 02-team/01-roles.md?)',
      '01-intro.md:5:6: warning: anchor #who-does-wat not found in 02-team/01-roles.md (did you mean #who-does-what?)',
      '01-intro.md:9:6: warning: anchor #on-this-pag not found in 01-intro.md (did you mean #on-this-page?)',
    ]);
  });

  it('fails the build with --strict and writes nothing', async () => {
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root: contentFolder(guide), outDir, strict: true });
    expect(report).toMatchObject({ ok: false, warnings: 3, errors: 0 });
    expect(fs.existsSync(outDir)).toBe(false);
  });

  it('rewrites good links under the base path and says nothing about them', async () => {
    const outDir = path.join(tempDir(), 'out');
    const fixed = {
      ...guide,
      '01-intro.md': '# Intro\n\nSee [roles](02-team/01-roles.md#who-does-what), [the team](02-team/) and [mail](mailto:a@b.c).\n',
      '02-team/01-roles.md': '# Roles\n\n## Who does what\n\nBack to [intro](../01-intro.md).\n',
    };
    const report = await build({ root: contentFolder(fixed), outDir, base: '/docs/' });
    expect(report.diagnostics).toEqual([]);
    const html = fs.readFileSync(path.join(outDir, 'intro/index.html'), 'utf8');
    expect(html).toContain('<a href="/docs/team/roles/#who-does-what">roles</a>');
    expect(html).toContain('<a href="/docs/team/">the team</a>');
    expect(html).toContain('<a href="mailto:a@b.c">mail</a>');
  });
});
