import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

const git = (root: string, ...args: string[]) => {
  const result = spawnSync('git', ['-C', root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
};

/** Where the redirect page at `file` of `outDir` sends the reader, or undefined when it is not one. */
function redirectOf(outDir: string, file: string): string | undefined {
  const html = fs.readFileSync(path.join(outDir, file), 'utf8');
  return /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
}

describe('redirects of pages that moved', () => {
  it('sends each old URL to the page it became (same bytes, a git rename, redirect_from) or to its chapter, and never over a page', async () => {
    const root = contentFolder({
      'guidekit.config.js': "export default { siteUrl: 'https://example.com/guides/pm/' };\n",
      'index.md': '# Home\n\nWelcome.\n',
      '01-intro.md': '# Intro\n\nAn introduction to the guide, long enough for git to see a rename when one line changes.\n\nSecond paragraph.\n',
      '02-team/index.md': '# Team\n\nThe team.\n',
      '02-team/01-roles.md': '# Roles\n\nWho does what.\n',
      '02-team/02-duties.md': '# Duties\n\nWhat each does.\n',
    });
    const outDir = path.join(tempDir(), 'out');
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'first');
    expect((await build({ root, outDir })).ok).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'guidekit-urls.json'), 'utf8'));
    expect(Object.keys(manifest.pages)).toEqual(['', 'intro/', 'team/', 'team/duties/', 'team/roles/']);
    expect(manifest.pages['team/roles/'].file).toBe('02-team/01-roles.md');

    // The chapter folder renamed, a page renamed and edited (git sees it), a page gone, a page claiming an old URL.
    fs.renameSync(path.join(root, '02-team'), path.join(root, '02-people'));
    fs.rmSync(path.join(root, '02-people/02-duties.md'));
    git(root, 'mv', '01-intro.md', '01-introduction.md');
    fs.appendFileSync(path.join(root, '01-introduction.md'), '\nThird paragraph.\n');
    git(root, 'commit', '-qam', 'rename');
    fs.writeFileSync(path.join(root, '03-news.md'), '---\nredirect_from: [/guides/pm/whats-new/, old-news.html]\n---\n# News\n\nWhat is new.\n');
    expect((await build({ root, outDir })).ok).toBe(true);
    expect(redirectOf(outDir, 'team/index.html')).toBe('/guides/pm/people/');
    expect(redirectOf(outDir, 'team/roles/index.html')).toBe('/guides/pm/people/roles/');
    expect(redirectOf(outDir, 'team/duties/index.html')).toBe('/guides/pm/people/');
    expect(redirectOf(outDir, 'intro/index.html')).toBe('/guides/pm/introduction/');
    expect(redirectOf(outDir, 'whats-new/index.html')).toBe('/guides/pm/news/');
    expect(redirectOf(outDir, 'old-news/index.html')).toBe('/guides/pm/news/');
    const page = fs.readFileSync(path.join(outDir, 'team/roles/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://example.com/guides/pm/people/roles/">');
    expect(page).toContain('<p>This page has moved: <a href="/guides/pm/people/roles/">/guides/pm/people/roles/</a></p>');
    expect(fs.readFileSync(path.join(outDir, '_redirects'), 'utf8')).toBe(
      [
        '/guides/pm/intro/ /guides/pm/introduction/ 301',
        '/guides/pm/old-news/ /guides/pm/news/ 301',
        '/guides/pm/team/ /guides/pm/people/ 301',
        '/guides/pm/team/duties/ /guides/pm/people/ 301',
        '/guides/pm/team/roles/ /guides/pm/people/roles/ 301',
        '/guides/pm/whats-new/ /guides/pm/news/ 301',
        '',
      ].join('\n'),
    );
    expect(fs.readFileSync(path.join(outDir, 'nginx-redirects.conf'), 'utf8')).toContain('\n"/guides/pm/team/roles/" "/guides/pm/people/roles/";\n');

    // A page at an old URL again: it is served, not redirected; the other redirects stay, and follow a second move.
    fs.mkdirSync(path.join(root, '04-team'));
    fs.writeFileSync(path.join(root, '04-team/index.md'), '# The New Team\n\nA new page at an old address.\n');
    fs.renameSync(path.join(root, '02-people'), path.join(root, '02-crew'));
    expect((await build({ root, outDir })).ok).toBe(true);
    expect(redirectOf(outDir, 'team/index.html')).toBeUndefined();
    expect(fs.readFileSync(path.join(outDir, 'team/index.html'), 'utf8')).toContain('The New Team');
    expect(redirectOf(outDir, 'team/roles/index.html')).toBe('/guides/pm/crew/roles/');
    expect(redirectOf(outDir, 'people/roles/index.html')).toBe('/guides/pm/crew/roles/');
    expect(redirectOf(outDir, 'intro/index.html')).toBe('/guides/pm/introduction/');
    expect(fs.readFileSync(path.join(outDir, '_redirects'), 'utf8')).not.toMatch(/^\/guides\/pm\/team\/ /m);
  });

  it('reads the last build from the output folder when the build cache does not have it', async () => {
    const root = contentFolder({ 'index.md': '# Home\n', 'old-name.md': '# Page\n\nText.\n' });
    const outDir = path.join(tempDir(), 'out');
    await build({ root, outDir, cache: false });
    fs.renameSync(path.join(root, 'old-name.md'), path.join(root, 'new-name.md'));
    await build({ root, outDir, cache: false });
    expect(redirectOf(outDir, 'old-name/index.html')).toBe('/new-name/');
  });

  it('warns about a redirect_from that names a page of the site, and writes no redirect there', async () => {
    const root = contentFolder({ 'index.md': '# Home\n', 'a.md': '# A\n', 'b.md': '---\nredirect_from: /a/\n---\n# B\n' });
    const outDir = path.join(tempDir(), 'out');
    const { diagnostics } = await build({ root, outDir });
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'redirect-from', file: 'b.md', line: 2, column: 16, message: 'redirect_from /a/ is not written: the site has a page there' }),
    ]);
    expect(redirectOf(outDir, 'a/index.html')).toBeUndefined();
  });

  it('writes no redirects for a guide whose pages did not move', async () => {
    const root = contentFolder({ 'index.md': '# Home\n', 'a.md': '# A\n' });
    const outDir = path.join(tempDir(), 'out');
    await build({ root, outDir });
    await build({ root, outDir });
    expect(fs.existsSync(path.join(outDir, '_redirects'))).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, 'guidekit-urls.json'), 'utf8')).redirects).toEqual({});
  });
});
