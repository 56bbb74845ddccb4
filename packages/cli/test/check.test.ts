import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// A guide with one finding of each rule of `guidekit check` but `external-link` (which needs a
// server: see core's check tests), each at its line.
const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-check-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function guidekit(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: here, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each rule's finding: `file:line:col: severity` and the start of its message. */
const FINDINGS: [rule: string, place: string, message: string][] = [
  ['undefined-term', '01-basics.md:3:33: warning', '"SLA" is used on 2 pages but the glossary does not define it'],
  ['missing-target', '01-basics.md:5:5: error', 'link target not found: 02-setp.md'],
  ['missing-anchor', '01-basics.md:5:29: error', 'anchor #dutie not found in 02-team/01-roles.md (did you mean #duties?)'],
  ['image-alt', '01-basics.md:7:1: warning', 'image has no alt text: images/diagram.png'],
  ['heading-skip', '01-basics.md:13:1: warning', 'heading level skips from h2 to h4: Details'],
  ['title-too-long', '02-team/01-roles.md:1:1: warning', 'title is 68 characters long (more than 60)'],
  ['duplicate-title', '02-team/02-duties.md:1:1: warning', 'title "Basics" is also the title of 01-basics.md'],
  ['orphan-page', '02-team/04-lonely.md:1:1: warning', 'no other page links to this page'],
  ['numbering-gap', '02-team/04-lonely.md:1:1: warning', 'numbering jumps from 2 to 4 (3 is missing)'],
  ['description-too-long', '02-team/index.md:2:14: warning', 'description is 191 characters long (more than 160)'],
  ['stale-page', '03-old.md:2:10: warning', 'not updated for '],
  ['numbering-style', '04_untitled.md:1:1: warning', '04_untitled.md separates its number with "_", its siblings with "-"'],
  ['title-missing', '04_untitled.md:1:1: warning', 'page has no title; it is called "Untitled" after its file name'],
  ['unused-term', '05-glossary.md:10:1: warning', 'glossary term "Burndown" is not used on any page'],
  ['description-missing', '06-checklist.md:1:1: warning', 'page has no description'],
  ['unused-asset', 'images/unused.png: warning', 'no page links to this file; it is not published'],
];

describe('guidekit check', () => {
  it('lists each finding as file:line:col: severity: message [rule-id], then a summary, and exits 1 on an error', () => {
    const result = guidekit('check', 'fixtures/check-guide', '--no-cache');
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(FINDINGS.length + 1);
    FINDINGS.forEach(([rule, place, message], i) => {
      expect(lines[i]!.startsWith(`${place}: ${message}`), lines[i]).toBe(true);
      expect(lines[i]!.endsWith(` [${rule}]`), lines[i]).toBe(true);
    });
    expect(lines.at(-1)).toMatch(/^checked 10 pages in \d+ ms: 2 errors, 14 warnings$/);
  });

  it('--json: the findings as JSON, with rule, place and severity', () => {
    const result = guidekit('check', 'fixtures/check-guide', '--no-cache', '--json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ ok: false, pages: 10, errors: 2, warnings: 14 });
    expect(report.diagnostics.map((d: { rule: string }) => d.rule)).toEqual(FINDINGS.map(([rule]) => rule));
    expect(report.diagnostics[4]).toEqual({
      file: '01-basics.md',
      line: 13,
      column: 1,
      severity: 'warning',
      rule: 'heading-skip',
      message: 'heading level skips from h2 to h4: Details',
      hint: 'make it an h3',
    });
  });

  it('--reporter github: one workflow annotation per finding, naming the file from the current folder', () => {
    const result = guidekit('check', 'fixtures/check-guide', '--no-cache', '--reporter', 'github');
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(FINDINGS.length);
    expect(annotations).toContain('::error file=fixtures/check-guide/01-basics.md,line=5,col=5,title=guidekit missing-target::link target not found: 02-setp.md');
    expect(annotations).toContain(
      '::warning file=fixtures/check-guide/01-basics.md,line=13,col=1,title=guidekit heading-skip::heading level skips from h2 to h4: Details (make it an h3)',
    );
  });

  it('exits 0 when the findings are warnings, and 2 for a folder that is not there', () => {
    const root = path.join(temp, 'clean');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nA short guide.\n\n## Part\n\n#### Skipped\n');
    const result = guidekit('check', root, '--no-cache');
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('index.md:7:1: warning: heading level skips from h2 to h4: Skipped (make it an h3) [heading-skip]\n');
    expect(guidekit('check', path.join(temp, 'nowhere')).code).toBe(2);
  });
});
