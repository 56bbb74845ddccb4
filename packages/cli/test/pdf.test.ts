import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../src/pdf/find-chromium.js';

// `guidekit pdf` without a Chromium, and how it keeps playwright-core away from other commands.
// Printing itself is tested in pdf.browser.test.ts.

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const src = fileURLToPath(new URL('../src/', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-pdf-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('guidekit pdf without Chromium', () => {
  it('says so in one line and exits 2, before building anything', () => {
    const root = path.join(temp, 'guide');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.md'), '# Home\n');
    const run = spawnSync(process.execPath, [bin, 'pdf', root, '--chromium', path.join(temp, 'no-chromium')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      `error: no Chromium found (tried ${path.join(temp, 'no-chromium')}): install Chromium, or name one with --chromium PATH or CHROMIUM_PATH`,
    ]);
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('says in one line, exit 2, when the Chromium named does not start', () => {
    const root = path.join(temp, 'broken');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.md'), '# Home\n');
    const broken = path.join(temp, 'broken-chromium');
    fs.writeFileSync(broken, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    const run = spawnSync(process.execPath, [bin, 'pdf', root, '--chromium', broken, '--out', path.join(temp, 'x.pdf')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^error: could not start Chromium at ${broken}: `));
    expect(fs.existsSync(path.join(temp, 'x.pdf'))).toBe(false);
  });

  it('takes --chromium, then CHROMIUM_PATH, and never another for a named one that is missing', () => {
    const fake = path.join(temp, 'chrome');
    fs.writeFileSync(fake, '#!/bin/sh\n', { mode: 0o755 });
    expect(findChromium(fake, {}).found).toBe(fake);
    expect(findChromium(undefined, { CHROMIUM_PATH: fake }).found).toBe(fake);
    expect(findChromium(path.join(temp, 'missing'), { CHROMIUM_PATH: fake })).toEqual({ tried: [path.join(temp, 'missing')] });
  });
});

describe('playwright-core', () => {
  it('is loaded by the pdf command alone: no module main.ts loads imports it', () => {
    // The modules reached from main.ts through static imports (dynamic `import()` loads on use).
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = fs.readFileSync(file, 'utf8');
      for (const [, what, from] of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)'/gm)) {
        if (what) continue;
        expect(from, `${path.relative(src, file)} imports playwright-core`).not.toBe('playwright-core');
        if (from!.startsWith('.')) visit(path.resolve(path.dirname(file), from!.replace(/\.js$/, '.ts')));
      }
    };
    visit(path.join(src, 'main.ts'));
    expect([...reached].map((f) => path.relative(src, f))).toContain('commands/pdf.ts');
    expect(fs.readFileSync(path.join(src, 'pdf/print-pdf.ts'), 'utf8')).toContain("await import('playwright-core')");
  });
});
