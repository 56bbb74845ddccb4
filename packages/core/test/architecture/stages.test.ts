import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layout that docs/architecture.md describes, checked: which stage may import which, where
// the disk is touched, and that no module imports itself back through others.

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The stages (folders of src/) each stage may import, besides itself. */
const MAY_IMPORT: Record<string, string[]> = {
  support: [],
  diagnostics: ['support'],
  config: ['support', 'diagnostics'],
  model: ['support'],
  discover: ['support', 'diagnostics', 'config', 'model'],
  tree: ['support', 'diagnostics', 'config', 'model', 'discover'],
  navigation: ['support', 'model'],
  markdown: ['support', 'diagnostics', 'config', 'model', 'discover'],
  write: ['support', 'diagnostics'],
  theme: ['support', 'diagnostics', 'config'],
  render: ['support', 'diagnostics', 'config', 'model', 'navigation', 'markdown', 'theme', 'write'],
  outputs: ['support', 'diagnostics', 'config', 'model', 'discover', 'markdown', 'write'],
  builder: ['support', 'diagnostics', 'config', 'model', 'discover', 'tree', 'navigation', 'markdown', 'write', 'theme', 'render', 'outputs'],
};

/** The only modules that may use the file system, and why. */
const DISK = [
  'discover/', // reads the content folder
  'write/', // writes the output folder
  'config/load-config.ts', // imports the config file
  'theme/', // reads the theme's manifest, templates and assets
  'builder/cache/', // the build cache, in its own folder
  'outputs/search/', // pagefind indexes the written pages and writes its bundles
  'outputs/social-cards/', // reads the cards' font from its package
  'support/list-files.ts', // lists a folder, for discover, theme, write and the cache
  'support/worker-pool.ts', // checks that a compiled worker script exists
];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module of src/ (relative, `/`-separated) and what it imports. */
function readModules(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  for (const entry of fs.readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const file = path.relative(SRC, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    const text = fs.readFileSync(path.join(SRC, file), 'utf8');
    modules.set(file, [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!));
  }
  return modules;
}

/** The module a relative specifier names, from `file`. */
function resolveSpecifier(file: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)).replace(/\.js$/, '.ts');
}

function stageOf(file: string): string {
  return file.includes('/') ? file.slice(0, file.indexOf('/')) : 'index';
}

const modules = readModules();

describe('the stages of core', () => {
  it('every folder of src/ is a known stage', () => {
    const stages = new Set([...modules.keys()].map(stageOf));
    stages.delete('index');
    expect([...stages].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('import only the stages they may', () => {
    const wrong: string[] = [];
    for (const [file, specifiers] of modules) {
      const stage = stageOf(file);
      for (const specifier of specifiers.filter((s) => s.startsWith('.'))) {
        const target = stageOf(resolveSpecifier(file, specifier));
        if (stage !== 'index' && target !== stage && !MAY_IMPORT[stage]!.includes(target)) wrong.push(`${file} imports ${target}/ (${specifier})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('touch the disk only where the layout says', () => {
    const wrong = [...modules]
      .filter(([, specifiers]) => specifiers.some((s) => /^(node:)?fs(\/promises)?$/.test(s)))
      .map(([file]) => file)
      .filter((file) => !DISK.some((allowed) => file === allowed || (allowed.endsWith('/') && file.startsWith(allowed))));
    expect(wrong).toEqual([]);
  });

  it('have no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const specifier of modules.get(file) ?? []) {
        if (specifier.startsWith('.')) visit(resolveSpecifier(file, specifier), [...trail, file]);
      }
      state.set(file, 'done');
    };
    for (const file of modules.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keep the CLI out of core', () => {
    const wrong = [...modules].filter(([, specifiers]) => specifiers.some((s) => s === 'guidekit' || s.includes('packages/cli'))).map(([file]) => file);
    expect(wrong).toEqual([]);
  });
});
