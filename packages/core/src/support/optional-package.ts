import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Packages only one opt-in feature needs, which guidekit leaves to the guides that use it
 * (optional peer dependencies): a plain install stays small.
 */
export const OPTIONAL_PACKAGES = {
  diagrams: ['mermaid'],
  socialCards: ['satori', '@resvg/resvg-js', '@fontsource/inter'],
} as const;

const ownRequire = createRequire(import.meta.url);

/**
 * Where an optional package's `specifier` (`mermaid`, `@fontsource/inter/package.json`) resolves:
 * from guidekit's own place (npm hoists peers beside it, pnpm links them to it), else from the
 * guide's folder (a guide that installed it, built by a guidekit from elsewhere, e.g. `npx`).
 * Undefined when it is not installed.
 */
export function resolveOptional(specifier: string, root?: string): string | undefined {
  for (const require of [ownRequire, ...(root ? [createRequire(path.join(path.resolve(root), 'package.json'))] : [])]) {
    try {
      return require.resolve(specifier);
    } catch {
      // Not reachable from here: try the next place.
    }
  }
  return undefined;
}

/** The packages of `names` that are not installed. */
export function missingPackages(names: readonly string[], root?: string): string[] {
  return names.filter((name) => !resolveOptional(`${name}/package.json`, root));
}

/** The command that installs `names` into the guide's project. */
export function installCommand(names: readonly string[]): string {
  return `npm install --save-dev ${names.join(' ')}`;
}
