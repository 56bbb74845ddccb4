import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../src/index.js';
import { cleanBuild, contentFolder, snapshot, tempDir } from './helpers.js';

const files = {
  'index.md': '# Home\n\nWelcome.\n',
  'authors.yml': 'anna:\n  name: Anna\n  role: Lead\nbo:\n  name: Bo\n',
  '01-intro.md': '---\nauthor: anna\n---\n# Intro\n\nSee [roles](02-team/02-roles.md#duties).\n',
  '02-team/index.md': '---\nauthor: bo\n---\n# Team\n\nThe team.\n',
  '02-team/01-hiring.md': '# Hiring\n\nHow we hire.\n',
  '02-team/02-roles.md': '# Roles\n\n## Duties\n\nWhat each does.\n',
  '03-end.md': '# End\n\nBye.\n',
};

describe('a build session', () => {
  it('re-renders only the edited page when its text changes', async () => {
    const root = contentFolder(files);
    const session = await createSession({ root, outDir: path.join(tempDir(), 'out') });
    const first = await session.build();
    expect(first.renderedMarkdown).toBe(6);
    fs.appendFileSync(path.join(root, '02-team/01-hiring.md'), '\nMore.\n');
    const second = await session.update([path.join(root, '02-team/01-hiring.md')]);
    // The page, and the two files that hold the whole guide's text; the print page's template is
    // not rendered again, as nothing it shows but the page's body changed.
    expect(second).toMatchObject({
      ok: true,
      renderedMarkdown: 1,
      renderedPages: 1,
      written: ['llms-full.txt', 'print/index.html', 'team/hiring/index.html'],
    });
  });

  it('re-renders the pages whose navigation shows a changed title', async () => {
    // Every page's sidebar lists every chapter's sub-topics: a new title is on every page.
    const everywhere = contentFolder(files);
    const all = await createSession({ root: everywhere, outDir: path.join(tempDir(), 'out') });
    await all.build();
    fs.writeFileSync(path.join(everywhere, '02-team/01-hiring.md'), '# Recruiting\n\nHow we hire.\n');
    const rewritten = (await all.update([path.join(everywhere, '02-team/01-hiring.md')])).written.filter((file) => file.endsWith('.html'));
    expect(rewritten.sort()).toEqual(['404.html', 'authors/anna/index.html', 'authors/bo/index.html', 'end/index.html', 'index.html', 'intro/index.html', 'print/index.html', 'team/hiring/index.html', 'team/index.html', 'team/roles/index.html']);

    const root = contentFolder({ ...files, 'guidekit.config.js': "export default { sidebar: { expand: 'current' } };\n" });
    const session = await createSession({ root, outDir: path.join(tempDir(), 'out') });
    await session.build();
    fs.writeFileSync(path.join(root, '02-team/01-hiring.md'), '# Recruiting\n\nHow we hire.\n');
    const report = await session.update([path.join(root, '02-team/01-hiring.md')]);
    // With only the current chapter's sub-topics listed: the page, its chapter (sub-topic list), its
    // sibling (sidebar, sub-topic box, prev/next) and its author's page, and the outline and
    // whole-guide files. Other chapters' sidebars do not list it.
    expect(report.written).toEqual([
      'authors/bo/index.html',
      'llms-full.txt',
      'llms.txt',
      'print/index.html',
      'team/hiring/index.html',
      'team/index.html',
      'team/roles/index.html',
    ]);
    expect(report.renderedMarkdown).toBe(1);
  });

  it.each([
    ['', false],
    [', writing the whole-guide outputs after each build as watch does', true],
  ])('after any sequence of edits, writes exactly what a clean build writes%s', async (_, background) => {
    const root = contentFolder(files);
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir, background });
    await session.build();
    const edit = async (change: () => void) => {
      change();
      const report = await session.update([root]);
      return report;
    };
    await edit(() => fs.renameSync(path.join(root, '03-end.md'), path.join(root, '04-finale.md')));
    await edit(() => fs.writeFileSync(path.join(root, '03-middle.md'), '---\nauthor: bo\n---\n# Middle\n\nNew chapter.\n'));
    await edit(() => fs.rmSync(path.join(root, '02-team/01-hiring.md')));
    await edit(() => fs.renameSync(path.join(root, '02-team'), path.join(root, '05-people')));
    const broken = await edit(() => fs.writeFileSync(path.join(root, '06-bad.md'), '---\nauthor: ghost\n---\n'));
    expect(broken.ok).toBe(false);
    await edit(() => fs.rmSync(path.join(root, '06-bad.md')));
    await edit(() => fs.appendFileSync(path.join(root, 'authors.yml'), 'cy:\n  name: Cy\n'));
    await edit(() => fs.writeFileSync(path.join(root, '01-intro.md'), '---\nauthor: cy\n---\n# Intro\n\nSee [roles](05-people/02-roles.md#duties).\n'));
    await edit(() => fs.appendFileSync(path.join(root, '05-people/02-roles.md'), '\nMore duties.\n'));
    await session.close();

    const clean = await cleanBuild(root);
    expect(clean.report.ok).toBe(true);
    expect(snapshot(outDir)).toEqual(snapshot(clean.outDir));
  });

  it('keeps the last good output while the content is broken', async () => {
    const root = contentFolder(files);
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir });
    await session.build();
    const before = snapshot(outDir);
    fs.writeFileSync(path.join(root, '1-dup.md'), '# Duplicate number\n');
    const report = await session.update([path.join(root, '1-dup.md')]);
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ rule: 'duplicate-number', file: '1-dup.md' });
    expect(snapshot(outDir)).toEqual(before);
  });

  it('picks up a config change', async () => {
    const root = contentFolder({ ...files, 'guidekit.config.js': "export default { title: 'Before' };" });
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir });
    await session.build();
    fs.writeFileSync(path.join(root, 'guidekit.config.js'), "export default { title: 'After' };");
    await session.update([path.join(root, 'guidekit.config.js')]);
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('After');
  });
});
