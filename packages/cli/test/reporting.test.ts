import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reportInternalError } from '../src/internal-error.js';
import { startProgress } from '../src/progress.js';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-reporting-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const root = path.join(temp, 'guide');
fs.mkdirSync(root);
fs.writeFileSync(path.join(root, 'a.md'), '# A\n\nSee [b](b.md).\n');

function guidekit(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: temp, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('guidekit build reports', () => {
  it('--json: the build report as JSON on stdout, diagnostics with their place', () => {
    const result = guidekit('build', 'guide', '--json', '--out', 'out-json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: true, pages: 4, errors: 0, warnings: 1, outDir: path.join(temp, 'out-json') });
    expect(report.written).toContain('a/index.html');
    expect(Object.keys(report.timings)).toEqual(['load', 'markdown', 'render', 'write', 'total']);
    expect(report.diagnostics).toEqual([
      { file: 'a.md', line: 3, column: 5, severity: 'warning', rule: 'missing-target', message: 'link target not found: b.md', hint: 'did you mean a.md?' },
    ]);
  });

  it('--json: a build that cannot start is JSON too, with its exit code', () => {
    const result = guidekit('build', 'nowhere', '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, diagnostics: [{ severity: 'error', rule: 'content-folder', message: 'content folder not found: nowhere' }] });
  });

  it('--reporter github: workflow annotations naming the file from the current folder', () => {
    const result = guidekit('build', 'guide', '--reporter', 'github', '--out', 'out-github');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('::warning file=guide/a.md,line=3,col=5,title=guidekit missing-target::link target not found: b.md (did you mean a.md?)\n');
    expect(result.stdout).toMatch(/built 4 pages/);
    expect(guidekit('build', 'guide', '--reporter', 'gitlab').code).toBe(2);
  });

  it('--quiet: nothing for a good build, the problems of a failed one', () => {
    expect(guidekit('build', 'guide', '--quiet', '--out', 'out-quiet')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const failed = guidekit('build', 'guide', '--quiet', '--strict', '--out', 'out-quiet');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^a\.md:3:5: warning: link target not found: b\.md .*\nbuild failed in /);
  });

  it('--verbose: the time of each stage after the summary line', () => {
    const result = guidekit('build', 'guide', '--verbose', '--out', 'out-verbose');
    expect(result.stdout).toMatch(/built 4 pages .*\nstages: load \d+ ms, markdown \d+ ms, render \d+ ms, write \d+ ms; total \d+ ms\n$/);
  });
});

describe('an internal error', () => {
  const bug = new Error('cannot read properties of undefined');

  it('exits 3 with its message and a line asking for a report, without the stack', () => {
    let text = '';
    expect(reportInternalError(bug, false, (t) => (text += t))).toBe(3);
    expect(text).toBe(
      'internal error: cannot read properties of undefined\n' +
        'This is a bug in guidekit 0.1.0, not in your guide: please report it with the command you ran (--verbose shows the stack).\n',
    );
  });

  it('shows the stack under --verbose', () => {
    let text = '';
    reportInternalError(bug, true, (t) => (text += t));
    expect(text).toContain(bug.stack!);
    expect(text).toMatch(/please report it with the command you ran and the stack above\.\n$/);
  });
});

describe('the progress line', () => {
  function fakeTerminal(isTTY: boolean) {
    const stream = { isTTY, text: '', write: (t: string) => ((stream.text += t), true) };
    return stream;
  }

  it('appears on a terminal once a build has run 2 s, counts the seconds, and is cleared at the end', () => {
    vi.useFakeTimers();
    try {
      const terminal = fakeTerminal(true);
      const stop = startProgress('building', terminal as unknown as NodeJS.WriteStream);
      vi.advanceTimersByTime(1900);
      expect(terminal.text).toBe('');
      vi.advanceTimersByTime(1200);
      expect(terminal.text).toBe('\rbuilding… 2 s\rbuilding… 3 s');
      stop();
      expect(terminal.text.endsWith('\r\x1b[2K')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('never shows in a pipe or a log', () => {
    vi.useFakeTimers();
    try {
      const pipe = fakeTerminal(false);
      const stop = startProgress('building', pipe as unknown as NodeJS.WriteStream);
      vi.advanceTimersByTime(10_000);
      stop();
      expect(pipe.text).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
