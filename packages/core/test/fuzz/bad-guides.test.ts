import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, GuidekitError, type BuildReport } from '../../src/index.js';
import { snapshot, tempDir } from '../helpers.js';
import { badGuide, createRandom, PAYLOAD, type GuideFiles } from './bad-guides.js';

/** Guides built per run: `GUIDEKIT_FUZZ_CASES` raises it for a longer hunt. */
const CASES = Number(process.env.GUIDEKIT_FUZZ_CASES ?? 120);
const SEED = Number(process.env.GUIDEKIT_FUZZ_SEED ?? 20261204);
/** A build that takes longer than this hangs. */
const CASE_MS = 30_000;

const GOOD: GuideFiles = { 'index.md': '# Good\n\nA good build.\n', 'a.md': '# A\n\nText.\n' };

function write(root: string, files: GuideFiles): void {
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(root, file);
    try {
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, content);
    } catch {
      // A name the file system refuses (too long, say) is a guide without that file.
    }
  }
}


/** What went wrong with one built guide's output, if anything. */
function unsafeOutput(outDir: string): string[] {
  const problems: string[] = [];
  for (const [file, html] of snapshot(outDir)) {
    if (!file.endsWith('.html')) continue;
    const head = html.slice(0, html.indexOf('</head>'));
    if (head.includes('<x-fm-payload')) problems.push(`${file}: front matter text unescaped in <head>`);
    for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)) {
      if (json!.includes('<x-fm-payload') || json!.includes('</script')) problems.push(`${file}: unescaped text in JSON-LD`);
    }
    // Links written in markdown (raw HTML is the author's own, see the README).
    for (const [attribute] of html.matchAll(/\s(?:href|src)="\s*(?:javascript|vbscript):[^"]*"/gi)) problems.push(`${file}: ${attribute.trim()}`);
  }
  return problems;
}

describe(`${CASES} bad guides (seed ${SEED})`, () => {
  it('each builds or fails cleanly: no crash, no hang, no write outside --out, nothing unsafe, a failure leaves the last output as it was', async () => {
    const random = createRandom(SEED);
    const outcomes = { built: 0, failed: 0, refused: 0 };
    const problems: string[] = [];
    for (let i = 0; i < CASES; i++) {
      const files = badGuide(random);
      const parent = tempDir('guidekit-fuzz-');
      const root = path.join(parent, 'guide');
      const outDir = path.join(parent, 'out');
      write(root, GOOD);
      const good = await build({ root, outDir, cache: false });
      expect(good.ok).toBe(true);
      const before = snapshot(outDir);
      fs.rmSync(root, { recursive: true });
      write(root, files);
      const around = fs.readdirSync(parent).sort();
      const what = `case ${i}: ${JSON.stringify(Object.keys(files))}`;
      let result: BuildReport | GuidekitError;
      try {
        result = await Promise.race([
          build({ root, outDir, cache: false }),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`hung past ${CASE_MS} ms`)), CASE_MS)),
        ]);
      } catch (error) {
        if (!(error instanceof GuidekitError)) {
          problems.push(`${what}: crashed: ${(error as Error).stack}`);
          continue;
        }
        result = error;
      }
      if (fs.readdirSync(parent).sort().join() !== around.join()) problems.push(`${what}: wrote beside the output folder`);
      if (result instanceof GuidekitError || !result.ok) {
        outcomes[result instanceof GuidekitError ? 'refused' : 'failed']++;
        const diagnostics = result instanceof GuidekitError ? result.diagnostics : result.diagnostics;
        if (diagnostics.length === 0) problems.push(`${what}: failed without saying why`);
        if (snapshot(outDir).size !== before.size || [...snapshot(outDir)].some(([f, b]) => before.get(f) !== b)) problems.push(`${what}: a failed build changed the output`);
      } else {
        outcomes.built++;
        problems.push(...unsafeOutput(outDir).map((p) => `${what}: ${p}`));
      }
      for (const d of result instanceof GuidekitError ? result.diagnostics : result.diagnostics) {
        if (d.message.includes('\n') || (d.file ?? '').includes('\n')) problems.push(`${what}: a diagnostic over two lines: ${JSON.stringify(d)}`);
        if (/\n\s+at /.test(d.message)) problems.push(`${what}: a stack trace in a diagnostic`);
      }
      fs.rmSync(parent, { recursive: true, force: true });
    }
    console.log(`fuzz: ${CASES} guides, ${outcomes.built} built, ${outcomes.failed} failed with diagnostics, ${outcomes.refused} refused as usage errors, ${problems.length} problems`);
    expect(problems).toEqual([]);
  }, 600_000);
});
