import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-watch-'));
const root = path.join(temp, 'guide');
const outDir = path.join(temp, 'out');

const files: Record<string, string> = {
  'index.md': '# Home\n\nWelcome.\n',
  '01-intro.md': '# Intro\n\nFirst words.\n',
  '02-next.md': '# Next\n\nMore words.\n',
};

interface BuildEvent {
  ok: boolean;
  errors: string[];
  changed: string[];
}

let child: ChildProcess;
let baseUrl: string;
let stdout = '';
const events: BuildEvent[] = [];
let stream: http.ClientRequest;

/** Resolves when `predicate` holds, checking every 20 ms for up to 10 s. */
async function until<T>(predicate: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 500; i++) {
    const value = predicate();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}; output so far:\n${stdout}`);
}

function get(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  for (const [file, content] of Object.entries(files)) fs.mkdirSync(root, { recursive: true }), fs.writeFileSync(path.join(root, file), content);
  child = spawn(process.execPath, [bin, 'watch', root, '--out', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  baseUrl = await until(() => /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout)?.[1], 'the server');
  await new Promise<void>((resolve) => {
    stream = http.get(`${baseUrl}__guidekit/events`, (res) => {
      let buffer = '';
      res.setEncoding('utf8').on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (data) events.push(JSON.parse(data) as BuildEvent);
        }
      });
      resolve();
    });
  });
});

afterAll(async () => {
  stream?.destroy();
  if (child.exitCode === null) {
    child.kill('SIGINT');
    await new Promise((r) => child.once('exit', r));
  }
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('guidekit watch', () => {
  it('serves the built guide with the live-reload client, and the 404 page for unknown paths', async () => {
    const page = await get(`${baseUrl}intro/`);
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('First words.');
    expect(page.body).toContain('new EventSource');
    expect(fs.readFileSync(path.join(outDir, 'intro/index.html'), 'utf8')).not.toContain('EventSource');
    const missing = await get(`${baseUrl}no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('<html');
  });

  it('serves nothing outside the output folder', async () => {
    fs.writeFileSync(path.join(temp, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(temp, 'secret.txt'), path.join(outDir, 'link.txt'));
    for (const p of ['..%2fsecret.txt', '%2e%2e/secret.txt', 'link.txt']) {
      const res = await get(`${baseUrl}${p}`);
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
    fs.rmSync(path.join(outDir, 'link.txt'));
  });

  it('rebuilds the edited page and tells the open pages which changed', async () => {
    const seen = events.length;
    fs.writeFileSync(path.join(root, '01-intro.md'), '# Intro\n\nFirst words.\n\nEdited words.\n');
    const event = await until(() => events.slice(seen).find((e) => e.ok && e.changed.length > 0), 'a build event');
    expect(event.changed).toEqual(['/intro/']);
    expect(fs.readFileSync(path.join(outDir, 'intro/index.html'), 'utf8')).toContain('Edited words.');
    // The print page holds the whole guide: it follows after the reload, in the background.
    await until(() => fs.readFileSync(path.join(outDir, 'print/index.html'), 'utf8').includes('Edited words.'), 'the print page');
  });

  it('shows a content error, keeps serving the last good pages, and clears it when fixed', async () => {
    const seen = events.length;
    fs.writeFileSync(path.join(root, '02-next.md'), '---\ntitle: [unclosed\n---\nText.\n');
    const failed = await until(() => events.slice(seen).find((e) => !e.ok), 'an error event');
    expect(failed.errors[0]).toMatch(/^02-next\.md:\d+:\d+: error: invalid YAML front matter/);
    expect((await get(`${baseUrl}next/`)).body).toContain('More words.');
    fs.writeFileSync(path.join(root, '02-next.md'), '# Next\n\nFixed words.\n');
    await until(() => events.slice(seen).find((e) => e.ok && e.changed.includes('/next/')), 'the fix');
    expect((await get(`${baseUrl}next/`)).body).toContain('Fixed words.');
  });

  it('coalesces a burst of saves into one rebuild, removing pages that are gone', async () => {
    await new Promise((r) => setTimeout(r, 200));
    const seen = events.length;
    for (let i = 3; i < 13; i++) fs.writeFileSync(path.join(root, `${i}-burst.md`), `# Burst ${i}\n\nText.\n`);
    for (let i = 3; i < 13; i++) fs.rmSync(path.join(root, `${i}-burst.md`));
    fs.writeFileSync(path.join(root, '03-added.md'), '# Added\n\nNew chapter.\n');
    await until(() => fs.existsSync(path.join(outDir, 'added/index.html')), 'the added chapter');
    await new Promise((r) => setTimeout(r, 300));
    expect(events.length - seen).toBeLessThanOrEqual(2);
    expect(fs.existsSync(path.join(outDir, 'burst'))).toBe(false);
    const home = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(home).toContain('3. Added');
  });

  it('stops cleanly on Ctrl+C, leaving no temporary files', async () => {
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(0);
    const leftovers = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.includes('guidekit-tmp'));
    expect(leftovers).toEqual([]);
  });
});
