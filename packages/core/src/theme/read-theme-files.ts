import fs from 'node:fs';
import path from 'node:path';
import { hashOf } from '../support/hash.js';
import { listFiles } from '../support/list-files.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import type { Theme } from './resolve-theme.js';

/** What a theme's folders hold: the files a renderer loads, and a signature of them all. */
export interface ThemeFiles {
  /** Template folders that exist, most specific first (the order nunjucks looks in). */
  templateDirs: string[];
  /** The names of every template (`partials/footer.njk`), whichever layer's file wins. */
  templates: string[];
  /** Assets to copy: path below `_assets/` → absolute source file; a file of an earlier layer wins. */
  assets: Map<string, string>;
  /** A hash of each asset's bytes, by path. */
  assetHashes: Map<string, string>;
  /** UI string tables by language, merged key by key (an earlier layer's key wins). */
  strings: Map<string, StringTable>;
  /** Changes whenever a template or asset of the theme changes. */
  signature: string;
}

/** A table of UI strings: key → text, or plural forms (`Intl.PluralRules` categories) → text. */
export type StringTable = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** Reads the theme's templates and assets, layer over layer. */
export function readThemeFiles(theme: Theme): ThemeFiles {
  const templateDirs = theme.layers.map((l) => l.templatesDir).filter((d) => fs.existsSync(d));
  const assets = layerFiles(theme.layers.map((l) => l.assetsDir));
  const assetHashes = new Map([...assets].map(([file, abs]) => [file, hashOf(fs.readFileSync(abs))]));
  const templates = layerFiles(templateDirs);
  const signature = hashOf(
    ...[...templates].map(([file, abs]) => `${file}\n${fs.readFileSync(abs, 'utf8')}`),
    ...[...assetHashes].map(([file, hash]) => `${file}:${hash}`),
  );
  return { templateDirs, templates: [...templates.keys()].filter((file) => file.endsWith('.njk')).sort(), assets, assetHashes, strings: readStrings(theme.layers.map((l) => l.stringsDir)), signature };
}

/** The `<lang>.json` tables of every layer, merged key by key; a file of an earlier layer wins. */
function readStrings(dirs: string[]): Map<string, StringTable> {
  const tables = new Map<string, StringTable>();
  for (const dir of [...dirs].reverse()) {
    for (const file of listFiles(dir)) {
      if (!file.endsWith('.json') || file.includes('/')) continue;
      const abs = path.join(dir, file);
      let table: StringTable;
      try {
        table = JSON.parse(fs.readFileSync(abs, 'utf8')) as StringTable;
      } catch (cause) {
        throw new GuidekitError([{ severity: 'error', rule: 'theme', message: `${abs}: ${(cause as Error).message}` }]);
      }
      const lang = file.slice(0, -'.json'.length);
      tables.set(lang, { ...tables.get(lang), ...table });
    }
  }
  return tables;
}

/** Every file below the given folders, relative path → absolute; a file in an earlier folder wins. */
export function layerFiles(dirs: string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [...dirs].reverse()) {
    for (const file of listFiles(dir)) files.set(file, path.join(dir, file));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
