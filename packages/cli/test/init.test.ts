import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../bin/guidekit.js', import.meta.url));
const createBin = fileURLToPath(new URL('../../create-guidekit/bin/create-guidekit.js', import.meta.url));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-init-'));
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

function run(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [file, ...args], { cwd: temp, encoding: 'utf8', env: { ...process.env, npm_config_user_agent: '' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const listing = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

describe('guidekit init', () => {
  it('scaffolds a guide that builds without a warning, and prints the next three commands', () => {
    const result = run(bin, 'init', 'team-handbook');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created "Team Handbook" in team-handbook');
    expect(result.stdout).toContain('next:\n  cd team-handbook\n  npm install\n  npm run dev\n');
    const root = path.join(temp, 'team-handbook');
    expect(listing(root)).toEqual(
      [
        '.github', '.github/workflows', '.github/workflows/deploy.yml', '.gitignore',
        '01-getting-started.md', '02-writing-pages', '02-writing-pages/01-links-and-images.md',
        '02-writing-pages/02-sub-topics.md', '02-writing-pages/images', '02-writing-pages/images/folder-to-site.svg',
        '02-writing-pages/index.md', '03-glossary.md', 'authors.yml', 'guidekit.config.js', 'index.md', 'package.json',
      ].sort(),
    );
    expect(fs.readFileSync(path.join(root, 'guidekit.config.js'), 'utf8')).toContain("import { defineConfig } from 'guidekit';");
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: 'team-handbook',
      scripts: { dev: 'guidekit watch', build: 'guidekit build', preview: 'guidekit preview', check: 'guidekit check' },
      devDependencies: { guidekit: '^0.1.0' },
    });

    const built = run(bin, 'build', 'team-handbook', '--strict');
    expect(built.stderr).toBe('');
    expect(built.stdout).toMatch(/^built 9 pages .*: 0 errors, 0 warnings/);
    const home = fs.readFileSync(path.join(root, 'dist', 'index.html'), 'utf8');
    expect(home).toContain('<title>Team Handbook</title>');
    expect(home.replace(/<[^>]+>/g, '')).toContain('2. Writing pages');
    const article = fs.readFileSync(path.join(root, 'dist', 'writing-pages', 'links-and-images', 'index.html'), 'utf8');
    expect(article).toContain('<img src="/writing-pages/images/folder-to-site.svg"');
    expect(article).toContain('The Editor');
    expect(fs.existsSync(path.join(root, 'dist', 'glossary', 'index.html'))).toBe(true);
    expect(run(bin, 'check', 'team-handbook')).toMatchObject({ code: 0, stdout: expect.stringMatching(/^checked 6 pages in .*: 0 errors, 0 warnings\n$/) });
  });

  it('refuses a folder that is not empty: exit 2, nothing written', () => {
    const root = path.join(temp, 'notes');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'todo.md'), '# Todo\n');
    const result = run(bin, 'init', 'notes');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: refusing to create a guide in notes: it is not an empty folder (name a new one, e.g. `guidekit init my-guide`)\n');
    expect(result.stdout).toBe('');
    expect(listing(root)).toEqual(['todo.md']);
    expect(run(bin, 'init', 'notes/todo.md').code).toBe(2);
  });

  it('is what create-guidekit runs', () => {
    const result = run(createBin, 'from-create', '--title', 'Field Manual');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created "Field Manual" in from-create');
    expect(fs.readFileSync(path.join(temp, 'from-create', 'index.md'), 'utf8')).toContain('# Field Manual');
  });
});
