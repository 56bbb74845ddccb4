import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-preview-'));
const root = path.join(temp, 'guide');

let child: ChildProcess;
let url: string;
let stdout = '';

function get(target: string): Promise<{ status: number; type: string; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(target, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), location: res.headers.location, body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  fs.mkdirSync(path.join(root, 'public'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nWelcome.\n');
  fs.writeFileSync(path.join(root, '01-intro.md'), '# Intro\n\nFirst words.\n');
  fs.writeFileSync(path.join(root, 'public', 'note.txt'), 'a public file\n');
  fs.writeFileSync(path.join(root, 'guidekit.config.js'), "import { defineConfig } from 'guidekit';\nexport default defineConfig({ base: '/guides/pm/' });\n");
  const built = spawnSync(process.execPath, [bin, 'build', root, '--epub'], { encoding: 'utf8' });
  expect(built.status, built.stderr).toBe(0);
  child = spawn(process.execPath, [bin, 'preview', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  for (let i = 0; i < 500 && !/ at (http:\S+)/.test(stdout); i++) await new Promise((r) => setTimeout(r, 20));
  url = / at (http:\S+)/.exec(stdout)![1]!;
});

afterAll(async () => {
  if (child?.exitCode === null) {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('guidekit preview', () => {
  it('tells the URL, under the guide base path, and serves its pages there with their content types', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/guides\/pm\/$/);
    const page = await get(`${url}intro/`);
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(page.body).toContain('First words.');
    expect(page.body).not.toContain('EventSource');
    expect(await get(`${url}note.txt`)).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8', body: 'a public file\n' });
    const css = /href="(\/guides\/pm\/_assets\/[^"?]+\.css)[?"]/.exec(page.body)![1]!;
    expect((await get(new URL(css, url).href)).type).toBe('text/css; charset=utf-8');
    // Named after the title, which comes from the folder's name.
    expect(await get(`${url}guide.epub`)).toMatchObject({ status: 200, type: 'application/epub+zip' });
  });

  it('redirects the site root to the base path and a folder to its slash', async () => {
    expect(await get(new URL('/', url).href)).toMatchObject({ status: 302, location: '/guides/pm/' });
    expect(await get(`${url}intro`)).toMatchObject({ status: 301, location: '/guides/pm/intro/' });
  });

  it('answers unknown paths with the guide 404 page', async () => {
    const missing = await get(`${url}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toBe(fs.readFileSync(path.join(root, 'dist', '404.html'), 'utf8'));
  });

  it('answers unknown paths below a folder with its own 404 page when it has one (a translation’s)', async () => {
    fs.mkdirSync(path.join(root, 'dist', 'fr'), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'fr', '404.html'), '<p>Page introuvable</p>');
    expect(await get(`${url}fr/no/such/page/`)).toMatchObject({ status: 404, body: '<p>Page introuvable</p>' });
    expect((await get(`${url}frx/page/`)).body).toBe(fs.readFileSync(path.join(root, 'dist', '404.html'), 'utf8'));
  });

  it('serves nothing outside the output folder', async () => {
    fs.writeFileSync(path.join(root, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(root, 'secret.txt'), path.join(root, 'dist', 'link.txt'));
    for (const p of ['..%2fsecret.txt', '%2e%2e/secret.txt', '%2e%2e%2f%2e%2e%2fguide/secret.txt', 'link.txt']) {
      const res = await get(`${url}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
    fs.rmSync(path.join(root, 'dist', 'link.txt'));
  });

  it('stops on Ctrl+C with exit 0', async () => {
    child.kill('SIGINT');
    expect(await new Promise((r) => child.once('exit', r))).toBe(0);
  });

  it('exits 2 with what to run when the guide is not built', () => {
    const empty = path.join(temp, 'unbuilt');
    fs.mkdirSync(empty);
    const result = spawnSync(process.execPath, [bin, 'preview', empty], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error: no built guide in ${path.join(empty, 'dist')}: run \`guidekit build ${empty}\` first`);
  });

  it('exits 2 when the port is taken, saying how to choose another', async () => {
    const taken = http.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    try {
      const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const run = spawn(process.execPath, [bin, 'preview', root, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        run.stderr!.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        run.once('exit', (code) => resolve({ code, stderr }));
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`error: cannot serve on 127.0.0.1:${port}: port ${port} is in use (choose another with --port, or --port 0 for a free one)\n`);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
