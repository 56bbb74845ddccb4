import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { build, loadGuide, type BuildOptions } from '../src/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = 'guidekit-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Writes a content folder from `{ 'path/file.md': content }` and returns its path. */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  const root = path.join(tempDir(), 'guide');
  fs.mkdirSync(root);
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}

/** Loads a guide written from `files`. */
export async function load(files: Record<string, string | Uint8Array>, overrides = {}) {
  return loadGuide(contentFolder(files), overrides);
}

/** `label` of every page in reading order, indented by depth. */
export function outline(pages: { label: string; depth: number }[]): string[] {
  return pages.map((p) => `${'  '.repeat(p.depth)}${p.label}`);
}

/**
 * Writes a content folder from `files`, builds it into a fresh output folder, and returns the
 * report with the folders and a reader for output files.
 */
export async function buildGuide(files: Record<string, string | Uint8Array>, options: Partial<BuildOptions> = {}) {
  const root = contentFolder(files);
  const outDir = path.join(tempDir(), 'out');
  const report = await build({ root, outDir, ...options });
  const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
  return { root, outDir, report, read };
}

/** Builds the guide in `root` from scratch (no build cache) into a fresh folder, to compare a cached build's output with. */
export async function cleanBuild(root: string) {
  const outDir = path.join(tempDir(), 'clean');
  const report = await build({ root, outDir, cache: false });
  return { outDir, report, read: (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8') };
}

/** Every file below a folder, by `/`-separated relative path, with its text: to compare folders file by file. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!fs.existsSync(dir)) return files;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, abs).split(path.sep).join('/'), fs.readFileSync(abs, 'utf8'));
  }
  return files;
}

/**
 * A snapshot without what only a build that follows earlier ones writes: the redirects of pages
 * that moved (their pages, `_redirects`, the nginx map, and the manifest's record of them).
 */
export function withoutRedirects(files: Map<string, string>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const [file, text] of files) {
    if (file === '_redirects' || file === 'nginx-redirects.conf' || text.includes('<meta http-equiv="refresh"')) continue;
    kept.set(file, file === 'guidekit-urls.json' ? JSON.stringify({ ...JSON.parse(text), redirects: {} }) : text);
  }
  return kept;
}

/** The smallest PNG header image-size reads: signature, IHDR length and type, width, height. */
export function png(width: number, height: number): Uint8Array {
  const bytes = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(bytes);
  bytes.write('IHDR', 12, 'latin1');
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  return bytes;
}

/** Runs git in `dir` with a fixed author and date (2024-05-06); throws with its message when it fails. */
export function git(dir: string, ...args: string[]): void {
  const env = { ...process.env, GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@example.com', GIT_AUTHOR_DATE: '2024-05-06T10:00:00Z', GIT_COMMITTER_DATE: '2024-05-06T10:00:00Z' };
  const result = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(result.stderr);
}
