import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { build } from 'guidekit';

// The example's EPUB, with a cover, passes epubcheck. Without epubcheck the test is skipped with one
// line saying so, except on CI (CI=true), where it fails: CI must never pass without it.

const example = fileURLToPath(new URL('..', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-guide-epub-'));
const root = path.join(temp, 'pm-guide');
const outDir = path.join(temp, 'out');
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

const COVER = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="800" viewBox="0 0 600 800">
<rect width="600" height="800" fill="#0b6bcb"/><text x="300" y="380" font-size="40" fill="#fff" text-anchor="middle">The Product Management Guide</text>
</svg>
`;

/** The example as it is, with a cover in its config and under public/. */
function exampleWithCover(): void {
  fs.cpSync(example, root, { recursive: true, filter: (file) => !/[/\\](node_modules|dist|test)$/.test(file) });
  fs.writeFileSync(path.join(root, 'public', 'cover.svg'), COVER);
  const config = path.join(root, 'guidekit.config.js');
  fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('defineConfig({', "defineConfig({\n  epub: { cover: 'cover.svg' },"));
}

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
  exampleWithCover();
  const report = await build({ root, outDir, cache: false });
  expect(report.ok).toBe(true);
  const file = path.join(outDir, 'the-product-management-guide.epub');
  const [bin, ...args] = command!;
  const result = spawnSync(bin!, [...args, file], { encoding: 'utf8' });
  console.log(`${path.basename(file)}: ${fs.statSync(file).size} bytes\n${result.stdout.trim()}`);
  expect(result.stderr.trim()).toBe('');
  expect(result.stdout).toContain('No errors or warnings detected.');
  expect(result.status).toBe(0);
}, 180_000);
