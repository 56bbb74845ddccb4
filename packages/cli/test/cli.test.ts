import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-cli-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function guidekit(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function folder(name: string, files: Record<string, string>): string {
  const root = path.join(temp, name);
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
  return root;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('guidekit', () => {
  it('takes --verbose with every command, as the message of an internal error says to', () => {
    for (const command of ['init', 'import', 'build', 'check', 'watch', 'preview', 'version', 'pdf']) {
      const help = guidekit(command, '--help');
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toContain('--verbose');
    }
  });

  it('prints its version and help with exit 0', () => {
    expect(guidekit('--version')).toMatchObject({ code: 0, stdout: '0.1.0\n' });
    const help = guidekit('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('build');
    const buildHelp = guidekit('build', '--help');
    expect(buildHelp.code).toBe(0);
    expect(buildHelp.stdout).toMatch(/--out <dir>[\s\S]*--base <path>[\s\S]*--drafts[\s\S]*--strict/);
  });

  it('exits 2 on a usage error', () => {
    const result = guidekit('build', '--no-such-flag');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-flag'");
    expect(guidekit('frobnicate').code).toBe(2);
  });

  it('builds a guide, printing a closing summary line, exit 0', () => {
    const root = folder('ok', { '01-intro.md': '# Intro\n\nHello.\n' });
    const result = guidekit('build', root, '--out', path.join(temp, 'ok-out'));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^built 4 pages \(\d+ files, \d+ written, 0 removed\) in [\d.]+ m?s: 0 errors, 0 warnings → .*ok-out\n$/);
    expect(fs.existsSync(path.join(temp, 'ok-out', 'intro', 'index.html'))).toBe(true);
  });

  it('reports content errors as file:line:col, exit 1, no stack trace, no output written', () => {
    const root = folder('bad', {
      'authors.yml': 'anna:\n  name: Anna\n',
      '01-a.md': '---\nauthor: ghost\n---\n# A\n',
      '1-b.md': '# B\n',
    });
    const out = path.join(temp, 'bad-out');
    const result = guidekit('build', root, '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('01-a.md:2:9: error: unknown author "ghost" (known: anna)');
    expect(result.stderr).toMatch(/1-b\.md:1:1: error: number 1 is used twice: 01-a\.md and 1-b\.md/);
    expect(result.stderr).toMatch(/build failed in .*: 2 errors, 0 warnings/);
    noStackTrace(result.stderr);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('stops at a failing theme template with exit 1 and its message, leaving no search worker running', () => {
    const root = folder('bad-template', {
      '01-a.md': '# A\n\nSome text to index.\n',
      'theme/templates/404.njk': '{{ notAFunction() }}\n',
    });
    // The search index of the pages is under way when the 404 page fails: the process must still end.
    const result = spawnSync(process.execPath, [bin, 'build', root, '--out', path.join(temp, 'bad-template-out')], {
      cwd: temp,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('template 404.njk failed');
    noStackTrace(result.stderr);
  });

  it('turns warnings into a failure with --strict', () => {
    const root = folder('strict', { 'a.md': '# A\n\nSee [b](b.md).\n' });
    expect(guidekit('build', root, '--out', path.join(temp, 'strict-1')).code).toBe(0);
    const strict = guidekit('build', root, '--out', path.join(temp, 'strict-2'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('a.md:3:5: warning: link target not found: b.md');
    expect(strict.stderr).toContain('0 errors, 1 warning (errors under --strict)');
  });

  it('refuses the content folder or / as output with exit 2', () => {
    const root = folder('guard', { 'a.md': '# A\n\nText.\n' });
    for (const out of [root, '/']) {
      const result = guidekit('build', root, '--out', out);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/error: refusing to write to/);
      noStackTrace(result.stderr);
    }
  });

  it('exits 2 when the content folder does not exist', () => {
    const result = guidekit('build', path.join(temp, 'nowhere'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('content folder not found');
  });
});

describe('guidekit build --epub', () => {
  it('writes the guide as an EPUB beside the site', () => {
    const root = folder('book', { 'guidekit.config.js': "export default { title: 'My Book' };\n", 'index.md': '# Home\n', '01-one.md': '# One\n\nText.\n' });
    const result = guidekit('build', root, '--epub', '--no-cache');
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist', 'my-book.epub')).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
    expect(guidekit('build', '--help').stdout).toContain('--epub');
  });

  it('stops with exit 1 and the config’s place when the cover is missing', () => {
    const root = folder('no-cover', { 'guidekit.config.js': "export default {\n  epub: { cover: 'cover.png' },\n};\n", 'index.md': '# Home\n' });
    const result = guidekit('build', root, '--no-cache');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('guidekit.config.js: error: `epub.cover`: public/cover.png not found');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('says what is wrong with an epub setting that is not one', () => {
    const root = folder('bad-epub', { 'guidekit.config.js': "export default {\n  epub: { cover: 'https://x.example/c.png', covr: 1 },\n};\n", 'index.md': '# Home\n' });
    const result = guidekit('build', root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('`epub.cover` must be a path under public/');
    expect(result.stderr).toContain('unknown config key `epub.covr`');
  });
});
