// Packs every public package as a release would, installs the tarballs outside the workspace
// with npm and with pnpm (strict), and uses guidekit from there as a new user would.
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const PUBLIC = ['core', 'theme-default', 'cli', 'create-guidekit'];
const PNPM = ['-y', 'pnpm@12.4.2'];
const temp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-packages-')));
const packs = path.join(temp, 'packs');
let tarballs: Record<string, string> = {};

/** The environment of a user's shell: none of the variables the workspace's own pnpm run sets. */
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|PNPM_|INIT_CWD$|NODE_PATH$)/i.test(key)),
);

async function sh(cwd: string, command: string, args: string[]) {
  try {
    return await run(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout ?? ''}${stderr ?? ''}`);
  }
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

/** Runs `guidekit preview` from an installation, fetches `page` below the URL it prints, stops it. */
async function preview(cwd: string, bin: string, dir: string, page: string) {
  const child = spawn(process.execPath, [bin, 'preview', dir], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  try {
    for (let i = 0; i < 500 && !/ at (http:\S+)/.test(output); i++) await new Promise((r) => setTimeout(r, 20));
    const url = / at (http:\S+)/.exec(output)?.[1];
    if (!url) throw new Error(`guidekit preview printed no URL:\n${output}`);
    return { url, home: await get(url), page: await get(`${url}${page}`), missing: await get(`${url}no/such/page/`) };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
    }
  }
}

/**
 * A copy of the example guide, without the workspace's package.json, modules and output; without
 * `socialCards`, it needs none of the optional packages (its diagram shows as its source).
 */
function copyExample(to: string, { socialCards = true } = {}): string {
  fs.cpSync(path.join(repo, 'examples', 'pm-guide'), to, {
    recursive: true,
    filter: (file) => !/[\\/](node_modules|dist|test|package\.json)$/.test(file),
  });
  const config = path.join(to, 'guidekit.config.js');
  if (!socialCards) fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace(/^ {2}socialCards: true,\n/m, ''));
  return to;
}

/** The packages only an opt-in feature needs: optional peers, which a plain install leaves out. */
const OPTIONAL = ['mermaid', 'satori', '@resvg/resvg-js', '@fontsource/inter', 'playwright-core'];
/** A plain install's `node_modules` measured 65 MB (with the optional packages, 272 MB). */
const INSTALL_BUDGET_MB = 100;

/** Megabytes of the files below `dir`. */
function sizeOf(dir: string): number {
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes / 1024 / 1024;
}

/** Runs `guidekit …` from an npm installation and says how it exited, whatever the exit code. */
async function guidekit(cwd: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['--no', 'guidekit', ...args], { cwd, env, encoding: 'utf8' });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, output: stdout + stderr };
  }
}

beforeAll(async () => {
  expect(path.relative(repo, temp).startsWith('..')).toBe(true);
  fs.mkdirSync(packs);
  const packed = await Promise.all(
    PUBLIC.map(async (dir) => {
      const { stdout } = await sh(path.join(repo, 'packages', dir), 'npx', [...PNPM, 'pack', '--pack-destination', packs]);
      return [dir, stdout.trim().split('\n').pop()!] as const;
    }),
  );
  tarballs = Object.fromEntries(packed);
}, 120_000);

afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('the published packages', () => {
  it('each carry a LICENSE, a README, engines >=20.12 and no workspace: ranges', async () => {
    for (const dir of PUBLIC) {
      const { stdout: list } = await sh(temp, 'tar', ['tzf', tarballs[dir]!]);
      expect(list.split('\n'), dir).toEqual(expect.arrayContaining(['package/LICENSE', 'package/README.md', 'package/package.json']));
      const { stdout } = await sh(temp, 'tar', ['xzf', tarballs[dir]!, '-O', 'package/package.json']);
      expect(stdout, dir).not.toContain('workspace:');
      expect(JSON.parse(stdout).engines, dir).toEqual({ node: '>=20.12' });
    }
  });

  it('install with npm; init, build and preview a guide, and build the example', async () => {
    const root = path.join(temp, 'npm');
    fs.mkdirSync(root);
    await sh(root, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...PUBLIC.map((dir) => tarballs[dir]!)]);
    for (const name of OPTIONAL) expect(fs.existsSync(path.join(root, 'node_modules', name)), name).toBe(false);
    expect(sizeOf(path.join(root, 'node_modules'))).toBeLessThan(INSTALL_BUDGET_MB);
    const init = await sh(root, 'npx', ['--no', 'guidekit', 'init', 'g']);
    expect(init.stdout).toContain('next:\n  cd g\n  npm install\n  npm run dev\n');
    expect((await sh(root, 'npx', ['--no', 'guidekit', 'build', 'g'])).stdout).toMatch(/^built 9 pages .*: 0 errors, 0 warnings/);
    const created = await sh(root, 'npx', ['--no', 'create-guidekit', 'second']);
    expect(created.stdout).toContain('created "Second" in second');

    // Without the optional packages: social cards are a config error, a diagram shows as its source.
    copyExample(path.join(root, 'pm'));
    const cards = await guidekit(root, ['build', 'pm']);
    expect(cards.code).toBe(1);
    expect(cards.output).toContain(
      'guidekit.config.js:23:3: error: `socialCards` draws its cards with satori, @resvg/resvg-js, @fontsource/inter, which are not installed ' +
        '(`npm install --save-dev satori @resvg/resvg-js @fontsource/inter`, or leave `socialCards` out)',
    );
    expect(fs.existsSync(path.join(root, 'pm', 'dist'))).toBe(false);
    copyExample(path.join(root, 'plain'), { socialCards: false });
    const plain = await guidekit(root, ['build', 'plain']);
    expect(plain.code).toBe(0);
    expect(plain.output).toMatch(/^built 34 pages .*: 0 errors, 1 warning/);
    expect(plain.output.match(/warning:/g)).toHaveLength(1);
    expect(plain.output).toContain(
      '11-product-management-metrics-and-kpis-explained.md:53:1: warning: ```mermaid diagrams are drawn by mermaid, which is not installed: ' +
        'the pages show their source (`npm install --save-dev mermaid`, then build again)',
    );
    const diagramPage = fs.readFileSync(path.join(root, 'plain', 'dist', 'product-management-metrics-and-kpis-explained', 'index.html'), 'utf8');
    expect(diagramPage).toMatch(/<pre class="mermaid">flowchart /);
    expect(diagramPage).not.toMatch(/mermaid\.min\.js|diagrams\.js/);
    expect(fs.existsSync(path.join(root, 'plain', 'dist', '_assets', 'mermaid'))).toBe(false);
    const pdf = await guidekit(root, ['pdf', 'plain']);
    expect(pdf.output).toContain('guidekit pdf needs playwright-core, which is not installed: run `npm install --save-dev playwright-core`');

    // With them installed beside guidekit, as the messages say: the example builds as in the workspace.
    await sh(root, 'npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--loglevel=error', 'mermaid', 'satori', '@resvg/resvg-js', '@fontsource/inter']);
    expect((await sh(root, 'npx', ['--no', 'guidekit', 'build', 'pm'])).stdout).toMatch(/^built 34 pages .*: 0 errors, 0 warnings/);
    expect(fs.readFileSync(path.join(root, 'pm', 'dist', 'product-management-metrics-and-kpis-explained', 'index.html'), 'utf8')).toContain('mermaid.min.js');
    expect(fs.existsSync(path.join(root, 'pm', 'dist', '_cards', 'card.png'))).toBe(true);

    const served = await preview(root, path.join(root, 'node_modules', 'guidekit', 'bin', 'guidekit.js'), 'pm', 'software-product-manager/');
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pm\/$/);
    expect(served.home).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    expect(served.home.body).toContain('<title>The Product Management Guide</title>');
    expect(served.page.status).toBe(200);
    expect(served.missing.status).toBe(404);
  }, 150_000);

  it('install with pnpm (strict); a config importing guidekit loads, .ts too, even where nothing is installed', async () => {
    const root = path.join(temp, 'pnpm');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'package.json'), '{ "name": "pnpm-user", "private": true }\n');
    // Not on the registry yet: the packages' dependencies on each other come from the tarballs.
    const overrides = ['core', 'theme-default', 'cli'].map((dir) => `  "${packageName(dir)}": "file:${tarballs[dir]}"`);
    fs.writeFileSync(path.join(root, 'pnpm-workspace.yaml'), `overrides:\n${overrides.join('\n')}\n`);
    await sh(root, 'npx', [...PNPM, 'add', '--reporter=silent', tarballs.cli!]);
    // Strict: only guidekit is reachable from the project, not its dependencies.
    expect(fs.readdirSync(path.join(root, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['guidekit']);
    const bin = path.join(root, 'node_modules', 'guidekit', 'bin', 'guidekit.js');

    await sh(root, 'npx', [...PNPM, 'exec', 'guidekit', 'init', 'g']);
    expect((await sh(root, 'npx', [...PNPM, 'exec', 'guidekit', 'build', 'g'])).stdout).toMatch(/^built 9 pages .*: 0 errors, 0 warnings/);
    const served = await preview(root, bin, 'g', 'writing-pages/links-and-images/');
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(served.page.status).toBe(200);
    expect(served.page.body).toContain('folder-to-site.svg');

    // Where nothing is installed (as under `npx guidekit`): the example, and a guide with a TypeScript config.
    const elsewhere = path.join(temp, 'elsewhere');
    copyExample(path.join(elsewhere, 'pm'), { socialCards: false });
    expect((await sh(elsewhere, process.execPath, [bin, 'build', 'pm'])).stdout).toMatch(/^built 34 pages .*: 0 errors, 1 warning/);
    fs.mkdirSync(path.join(elsewhere, 'ts'));
    fs.writeFileSync(path.join(elsewhere, 'ts', 'index.md'), '# Home\n\nWelcome.\n');
    fs.writeFileSync(
      path.join(elsewhere, 'ts', 'guidekit.config.ts'),
      "import { defineConfig, type UserConfig } from 'guidekit';\n\nconst title: string = 'Typed Guide';\nexport default defineConfig({ title } satisfies UserConfig);\n",
    );
    await sh(elsewhere, process.execPath, [bin, 'build', 'ts']);
    expect(fs.readFileSync(path.join(elsewhere, 'ts', 'dist', 'index.html'), 'utf8')).toContain('<title>Typed Guide</title>');

    // The public types compile in the user's project, their libraries' declarations included.
    fs.writeFileSync(
      path.join(root, 'check.ts'),
      "import { build, defineConfig, type BuildReport, type UserConfig } from 'guidekit';\n" +
        "const config: UserConfig = defineConfig({ title: 'T', markdown: { remarkPlugins: [] } });\n" +
        "export const report: Promise<BuildReport> = build({ root: '.' });\nexport { config };\n",
    );
    const tsconfig = { compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['check.ts'] };
    fs.writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify(tsconfig));
    await sh(root, process.execPath, [path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']);
  }, 150_000);
});

function packageName(dir: string): string {
  return JSON.parse(fs.readFileSync(path.join(repo, 'packages', dir, 'package.json'), 'utf8')).name;
}
