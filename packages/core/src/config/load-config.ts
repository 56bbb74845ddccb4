import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import { positionAt } from '../support/text-position.js';
import type { UserConfig } from './define-config.js';
import { CURRENT_VERSION, resolveConfig, type BuildOverrides, type ResolvedConfig } from './resolve-config.js';
import { checkBase, checkFeaturePackages, checkVersionName, validateConfig } from './validate-config.js';

/** Config file names looked for in the content folder, in this order. */
export const CONFIG_FILES = ['guidekit.config.js', 'guidekit.config.mjs', 'guidekit.config.ts', 'guidekit.config.mts'];

/** The list of a guide's older versions, newest first, beside its config. */
export const VERSIONS_FILE = 'versions.json';

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
  const listed = readVersionsFile(absRoot);
  const name = findConfigFile(absRoot);
  if (!name) return resolveConfig(withListedVersions({}, listed), absRoot, overrides);
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
  const text = fs.readFileSync(file, 'utf8');
  const problems = validateConfig(user as Record<string, unknown>, name, text);
  if (problems.length === 0) problems.push(...checkFeaturePackages(user as Record<string, unknown>, name, text, absRoot));
  if (problems.length > 0) throw new GuidekitError(problems);
  return resolveConfig(withListedVersions(user as UserConfig, listed), absRoot, overrides, file);
}

/**
 * The versions `versions.json` lists (older versions, newest first, as `guidekit version`
 * writes them), checked; none without the file.
 */
export function readVersionsFile(root: string): string[] {
  const file = path.join(root, VERSIONS_FILE);
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  const problem = (message: string, at: { line?: number; column?: number } = {}) =>
    new GuidekitError([{ severity: 'error', rule: 'config', file: VERSIONS_FILE, ...at, message, hint: 'it lists the older versions, newest first: ["1.1", "1.0"]' }]);
  let names: unknown;
  try {
    names = JSON.parse(text);
  } catch (cause) {
    throw problem(`not valid JSON: ${describe(cause)}`);
  }
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) throw problem('must be a list of version names');
  for (const name of names as string[]) {
    const bad = checkVersionName(name) ?? (name === CURRENT_VERSION ? 'is the name of the content folder\'s own version' : undefined);
    if (bad) throw problem(`version "${name}" ${bad}`, positionOf(text, JSON.stringify(name)));
  }
  return names as string[];
}

/** The config with the versions `versions.json` lists first, each with what the config says of it. */
function withListedVersions(user: UserConfig, listed: string[]): UserConfig {
  if (listed.length === 0) return user;
  const configured = user.versions ?? {};
  const versions = Object.fromEntries([
    ...(configured[CURRENT_VERSION] ? [[CURRENT_VERSION, configured[CURRENT_VERSION]]] : []),
    ...listed.map((name) => [name, configured[name] ?? {}]),
    ...Object.entries(configured).filter(([name]) => name !== CURRENT_VERSION && !listed.includes(name)),
  ]);
  return { ...user, versions };
}

/** Line and column of the first `needle` in `text`. */
function positionOf(text: string, needle: string): { line?: number; column?: number } {
  const offset = text.indexOf(needle);
  return offset < 0 ? {} : positionAt(text, offset);
}

/** The name of the content folder's config file, if it has one. */
export function findConfigFile(root: string): string | undefined {
  return CONFIG_FILES.find((f) => fs.existsSync(path.join(root, f)));
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
}
