import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-faults-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

/** A guide of 10 chapters of 12 pages, with code, links and a glossary. */
function writeGuide(root: string): void {
  const files: Record<string, string> = {
    'index.md': '# Faults\n\nA guide that is stopped while it builds.\n',
    '99-glossary.md': '---\nglossary: true\n---\n# Glossary\n\n## Sprint\n\nA fixed period of work.\n',
  };
  for (let c = 1; c <= 10; c++) {
    files[`${String(c).padStart(2, '0')}-chapter-${c}/index.md`] = `# Chapter ${c}\n\nAbout chapter ${c}.\n`;
    for (let p = 1; p <= 12; p++) {
      files[`${String(c).padStart(2, '0')}-chapter-${c}/${String(p).padStart(2, '0')}-page-${p}.md`] =
        `# Page ${c}.${p}\n\nEach sprint of page ${p}. See [the chapter](index.md).\n\n\`\`\`js\nconst page = ${p};\n\`\`\`\n\n## Details\n\nMore text.\n`;
    }
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
}

function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'base64'));
  }
  return files;
}

/** Starts a build and kills it (SIGKILL) after `ms`; resolves once it is gone. */
function killedBuild(root: string, outDir: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [bin, 'build', root, '--out', outDir], { stdio: 'ignore' });
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  return new Promise((resolve) => child.once('exit', () => (clearTimeout(timer), resolve())));
}

describe('a build killed at any moment', () => {
  it('is followed by a build that writes exactly what a clean build writes', async () => {
    const root = path.join(temp, 'guide');
    writeGuide(root);
    const outDir = path.join(temp, 'out');
    // Moments spread over a cold build (about 1–3 s here), the same every run.
    for (const ms of [150, 600, 1100, 1700, 2600]) {
      await killedBuild(root, outDir, ms);
      fs.appendFileSync(path.join(root, '03-chapter-3/04-page-4.md'), `\nEdited after a stop at ${ms} ms.\n`);
    }
    const rebuild = spawnSync(process.execPath, [bin, 'build', root, '--out', outDir], { encoding: 'utf8' });
    expect(rebuild.status).toBe(0);
    const clean = path.join(temp, 'clean');
    expect(spawnSync(process.execPath, [bin, 'build', root, '--out', clean, '--no-cache'], { encoding: 'utf8' }).status).toBe(0);
    const after = snapshot(outDir);
    expect([...after.keys()].filter((file) => file.includes('.guidekit-'))).toEqual(['.guidekit-output']);
    after.delete('.guidekit-output');
    const expected = snapshot(clean);
    expected.delete('.guidekit-output');
    expect(after).toEqual(expected);
  }, 120_000);
});

describe('an output folder the system refuses', () => {
  const root = path.join(temp, 'small');
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nHi.\n');
  const file = path.join(temp, 'a-file');
  fs.writeFileSync(file, 'not a folder');
  const cases = [path.join(file, 'out'), ...(fs.existsSync('/proc/self') ? ['/proc/guidekit-out'] : [])];

  it.each(cases)('%s: exit 1 with one line naming it, no stack, no hang', (out) => {
    const result = spawnSync(process.execPath, [bin, 'build', root, '--out', out], { encoding: 'utf8', timeout: 30_000 });
    expect(result.signal).toBeNull();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`error: could not create .*${path.basename(out)}: `));
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
