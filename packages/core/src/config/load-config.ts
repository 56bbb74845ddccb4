import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { UserConfig } from './define-config.js';
import { resolveConfig, type BuildOverrides, type ResolvedConfig } from './resolve-config.js';
import { checkBase, validateConfig } from './validate-config.js';

/** Config file names looked for in the content folder, in this order. */
export const CONFIG_FILES = ['guidekit.config.js', 'guidekit.config.mjs', 'guidekit.config.ts', 'guidekit.config.mts'];

/**
 * A config's `import … from 'guidekit'` gets the guidekit that is running, wherever the config
 * lives: guidekit re-exports this package, so both names lead to this package's entry.
 */
const ENTRY = fileURLToPath(new URL('../index.js', import.meta.url));
const ALIASES = { guidekit: ENTRY, '@guidekit/core': ENTRY };

/**
 * Finds and imports the content folder's config file (if any) and resolves it.
 * A config file that fails to load is reported as a {@link GuidekitError} naming the file.
 */
export async function loadConfig(root: string, overrides: BuildOverrides = {}): Promise<ResolvedConfig> {
  const absRoot = path.resolve(root);
  const badBase = overrides.base === undefined ? undefined : checkBase(overrides.base);
  if (badBase) {
    throw new GuidekitError([{ severity: 'error', rule: 'usage', message: `--base ${badBase}: "${overrides.base}"` }], 'usage');
  }
  if (!fs.existsSync(absRoot) || !fs.statSync(absRoot).isDirectory()) {
    throw new GuidekitError(
      [{ severity: 'error', rule: 'content-folder', message: `content folder not found: ${root}` }],
      'usage',
    );
  }
  const name = findConfigFile(absRoot);
  if (!name) return resolveConfig({}, absRoot, overrides);
  const file = path.join(absRoot, name);
  let user: unknown;
  try {
    // jiti reads TypeScript too; without its module cache a long-lived session sees edits to
    // the config and to the files it imports.
    // Loaded only for a guide that has a config: most rebuilds of one without never load it.
    const { createJiti } = await import('jiti');
    const jiti = createJiti(import.meta.url, { alias: ALIASES, moduleCache: false, interopDefault: false });
    user = (await jiti.import<{ default?: unknown }>(file)).default;
  } catch (cause) {
    throw new GuidekitError([
      { severity: 'error', rule: 'config', file: name, message: `could not load config: ${describe(cause)}` },
    ]);
  }
  if (user === undefined || user === null || typeof user !== 'object' || Array.isArray(user)) {
    throw new GuidekitError([
      { severity: 'error', rule: 'config', file: name, message: 'config must `export default` an object' },
    ]);
  }
  const problems = validateConfig(user as Record<string, unknown>, name, fs.readFileSync(file, 'utf8'));
  if (problems.length > 0) throw new GuidekitError(problems);
  return resolveConfig(user as UserConfig, absRoot, overrides, file);
}

/** The name of the content folder's config file, if it has one. */
export function findConfigFile(root: string): string | undefined {
  return CONFIG_FILES.find((f) => fs.existsSync(path.join(root, f)));
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
}
