import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-watch-abuse-'));
const root = path.join(temp, 'guide');
const outDir = path.join(temp, 'out');

let child: ChildProcess;
let baseUrl: string;
let output = '';

async function until<T>(predicate: () => T | undefined | false | Promise<T | undefined | false>, what: string): Promise<T> {
  for (let i = 0; i < 750; i++) {
    const value = await predicate();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}; output so far:\n${output}`);
}

function request(url: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject).end();
  });
}

/** Sends a request whose target is not a URL, as `curl --request-target 'http://['` does; gives the status line. */
function malformed(): Promise<string> {
  const { port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write('GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n'));
    let text = '';
    socket.setEncoding('utf8').on('data', (c: string) => {
      text += c;
      if (text.includes('\r\n')) {
        socket.destroy();
        resolve(text.split('\r\n')[0]!);
      }
    });
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nWelcome.\n');
  fs.writeFileSync(path.join(root, 'a.md'), '# A\n\nFirst words.\n');
  child = spawn(process.execPath, [bin, 'watch', root, '--out', outDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));
  baseUrl = await until(() => /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1], 'the server');
});

afterAll(async () => {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  fs.rmSync(temp, { recursive: true, force: true });
});

describe('guidekit watch under abuse', () => {
  it('answers a request whose target is not a URL with 400, and serves on', async () => {
    expect(await malformed()).toBe('HTTP/1.1 400 Bad Request');
    expect((await request(`${baseUrl}a/`)).status).toBe(200);
  });

  it('answers anything but GET on the live-reload stream with 405', async () => {
    expect((await request(`${baseUrl}__guidekit/events`, 'POST')).status).toBe(405);
  });

  it('builds the output again when it is deleted and a page is asked for', async () => {
    fs.rmSync(outDir, { recursive: true, force: true });
    expect((await request(`${baseUrl}a/`)).status).toBe(503);
    const page = await until(async () => {
      const answer = await request(`${baseUrl}a/`);
      return answer.status === 200 && answer;
    }, 'the page back');
    expect(page.body).toContain('First words.');
  });

  it('says when the content folder goes and comes back, then picks up edits again', async () => {
    fs.renameSync(root, `${root}-away`);
    await until(() => output.includes('is gone: waiting for it to come back'), 'the gone message');
    fs.renameSync(`${root}-away`, root);
    await until(() => output.includes('is back'), 'the back message');
    fs.writeFileSync(path.join(root, 'a.md'), '# A\n\nWords after the return.\n');
    const page = await until(async () => {
      const answer = await request(`${baseUrl}a/`);
      return answer.body.includes('Words after the return.') && answer;
    }, 'the edit');
    expect(page.status).toBe(200);
  });
});
