import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, check } from '../../src/index.js';
import { contentFolder, tempDir } from '../helpers.js';

/** Where each finding is, as `file:line:col rule`. */
const places = (report: Awaited<ReturnType<typeof check>>) => report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}`);

describe('check', () => {
  it('reuses the renderings of the last build, and a page it renders is written again by the next build', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nSee [a](a.md).\n', 'a.md': '# A\n\nFirst text.\n' });
    const outDir = path.join(tempDir(), 'out');
    await build({ root, outDir });
    expect(await check({ root })).toMatchObject({ ok: true, pages: 2, rendered: 2 });
    // Its own output folder is not the default one: the next check shares the build's cache only through it.
    fs.writeFileSync(path.join(root, 'guidekit.config.js'), `export default { outDir: ${JSON.stringify(outDir)} };\n`);
    await build({ root });
    expect(await check({ root })).toMatchObject({ ok: true, rendered: 0 });
    fs.writeFileSync(path.join(root, 'a.md'), '# A\n\nFirst text.\n\nSecond text.\n');
    expect(await check({ root })).toMatchObject({ rendered: 1 });
    await build({ root });
    expect(fs.readFileSync(path.join(outDir, 'a/index.html'), 'utf8')).toContain('Second text.');
  });

  it('checks an mdBook, whose SUMMARY.md orders the chapters and names parts without files, without numbering findings', async () => {
    const root = path.join(tempDir(), 'book');
    fs.cpSync(fileURLToPath(new URL('../fixtures/layouts/mdbook/', import.meta.url)), root, { recursive: true });
    const report = await check({ root, cache: false });
    expect(report.pages).toBeGreaterThan(5);
    expect(report.diagnostics.filter((d) => d.rule.startsWith('numbering'))).toEqual([]);
  });

  it('gives each rule the level config check.rules sets, and leaves out the rules turned off', async () => {
    const root = contentFolder({
      'guidekit.config.js': "export default { check: { rules: { 'heading-skip': 'error', 'missing-target': 'off' } } };\n",
      'index.md': '# Home\n\nSee [b](b.md).\n\n#### Deep\n\nText.\n',
    });
    const report = await check({ root, cache: false });
    expect(places(report)).toEqual(['index.md:5:1 error heading-skip']);
    expect(report.ok).toBe(false);
  });

  it('names an unknown rule in config with the nearest one', async () => {
    const root = contentFolder({ 'guidekit.config.js': "export default { check: { rules: { 'heading-skp': 'off' } } };\n", 'index.md': '# Home\n' });
    await expect(check({ root })).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ message: 'unknown config key `check.rules.heading-skp`', hint: 'did you mean `check.rules.heading-skip`?' })],
    });
  });

  it('counts a page stale from front matter updated, as of the given day', async () => {
    const root = contentFolder({ 'index.md': '---\nupdated: 2025-01-01\n---\n# Home\n\nText.\n' });
    expect(places(await check({ root, cache: false, today: '2025-12-31' }))).toEqual([]);
    expect((await check({ root, cache: false, today: '2026-01-03' })).diagnostics).toEqual([
      expect.objectContaining({ rule: 'stale-page', line: 2, column: 10, message: 'not updated for 367 days (since 2025-01-01)' }),
    ]);
  });

  it('names siblings numbered in another style: not zero-padded, or not numbered at all', async () => {
    const root = contentFolder({
      'index.md': '# Home\n\nText.\n',
      '01-a.md': '# A\n\nText.\n',
      '02-b.md': '# B\n\nText.\n',
      '3-c.md': '# C\n\nText.\n',
      'extra.md': '# Extra\n\nText.\n',
    });
    expect((await check({ root, cache: false })).diagnostics.map((d) => `${d.file} ${d.rule}: ${d.message} (${d.hint})`)).toEqual([
      '3-c.md numbering-style: 3-c.md is not zero-padded like its siblings (rename it 03-c.md)',
      'extra.md numbering-style: extra.md has no number among numbered siblings; it comes after them (give it a number, or order it with front matter `order`)',
    ]);
  });

  it('reads a glossary abbreviation with a plural s as defining the abbreviation, and counts mentions on every page', async () => {
    const glossary = '---\nglossary: true\n---\n# Glossary\n\n## Objectives and Key Results (OKRs)\n\nGoals.\n\n## Roadmap\n\nA plan.\n';
    const root = contentFolder({
      'index.md': '# Home\n\nSet OKRs each quarter; track KPIs.\n',
      'a.md': '# A\n\nOne OKR, one KPI, and `NOTE` in code.\n',
      'b.md': '# B\n\nA NOTE here only.\n',
      'glossary.md': glossary,
    });
    expect((await check({ root, cache: false })).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual([
      'glossary.md:10:1 unused-term: glossary term "Roadmap" is not used on any page',
      'index.md:3:30 undefined-term: "KPI" is used on 2 pages but the glossary does not define it',
    ]);
  });

  it('dates a page by its last git commit when its front matter gives no date', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nText.\n', 'old.md': '# Old\n\nText.\n' });
    const git = (date: string, ...args: string[]) =>
      spawnSync('git', ['-C', root, '-c', 'user.name=T', '-c', 'user.email=t@example.com', ...args], { env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    git('2024-01-01T12:00:00Z', 'init', '-q');
    git('2024-01-01T12:00:00Z', 'add', 'old.md');
    git('2024-01-01T12:00:00Z', 'commit', '-qm', 'old');
    git('2025-06-01T12:00:00Z', 'add', 'index.md');
    git('2025-06-01T12:00:00Z', 'commit', '-qm', 'new');
    const report = await check({ root, cache: false, today: '2025-07-01' });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`)).toEqual(['old.md:1:1 stale-page not updated for 547 days (since 2024-01-01)']);
  });
});

describe('check --external', () => {
  const asked: string[] = [];
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      asked.push(`${request.method} ${request.url}`);
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2000);
      if (request.url === '/no-head' && request.method === 'HEAD') return void response.writeHead(405).end();
      response.writeHead(request.url === '/gone' ? 404 : 200).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reports the links that fail or time out, asks each URL once, and asks again next run only those that failed', async () => {
    const root = contentFolder({
      'guidekit.config.js': 'export default { check: { external: { timeout: 300, concurrency: 2 } } };\n',
      'index.md': `# Home\n\n[ok](${base}/ok) [gone](${base}/gone) [slow](${base}/slow)\n\n[ok again](${base}/ok#part) [no head](${base}/no-head)\n`,
    });
    // The cache lives in the nearest node_modules: give the guide its own.
    fs.mkdirSync(path.join(root, 'node_modules'));
    const first = await check({ root, external: true });
    expect(first.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      `3:${base.length + 11} error external link ${base}/gone answers 404`,
      `3:${2 * base.length + 25} error external link ${base}/slow did not answer within 300 ms`,
    ]);
    expect(first.asked).toBe(4);
    expect(asked.sort()).toEqual(['GET /no-head', 'HEAD /gone', 'HEAD /no-head', 'HEAD /ok', 'HEAD /slow']);
    asked.length = 0;
    const second = await check({ root, external: true });
    expect(second.asked).toBe(2);
    expect(asked.sort()).toEqual(['HEAD /gone', 'HEAD /slow']);
    expect((await check({ root })).diagnostics).toEqual([]);
  });
});
