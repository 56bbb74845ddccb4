import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { build } from 'guidekit';

// The example's EPUB passes epubcheck. Without epubcheck the test is skipped with one line saying
// so, except on CI (CI=true), where it fails: CI must never pass without it.

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-guide-epub-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

/** How to run epubcheck: `EPUBCHECK`, Debian's jar through java (it runs by itself only where binfmt is set up), or `epubcheck` on the PATH. */
function epubcheck(): string[] | undefined {
  if (process.env.EPUBCHECK) return [process.env.EPUBCHECK];
  const jar = '/usr/share/java/epubcheck.jar';
  if (fs.existsSync(jar) && spawnSync('java', ['-version']).status === 0) return ['java', '-jar', jar];
  return spawnSync('epubcheck', ['--version']).status === 0 ? ['epubcheck'] : undefined;
}

const command = epubcheck();
const onCi = !['', '0', 'false'].includes(process.env.CI ?? '');
if (!command && !onCi) console.warn('EPUB check skipped: no epubcheck (install it, e.g. `apt-get install epubcheck`, or set EPUBCHECK to one)');

it.skipIf(!command && !onCi)('writes an EPUB that epubcheck passes with no errors or warnings', async () => {
  expect(command, 'epubcheck is needed on CI').toBeDefined();
  const report = await build({ root, outDir, epub: true, cache: false });
  expect(report.ok).toBe(true);
  const file = path.join(outDir, 'the-product-management-guide.epub');
  const [bin, ...args] = command!;
  const result = spawnSync(bin!, [...args, file], { encoding: 'utf8' });
  console.log(`${path.basename(file)}: ${fs.statSync(file).size} bytes\n${result.stdout.trim()}`);
  expect(result.stderr.trim()).toBe('');
  expect(result.stdout).toContain('No errors or warnings detected.');
  expect(result.status).toBe(0);
}, 180_000);
