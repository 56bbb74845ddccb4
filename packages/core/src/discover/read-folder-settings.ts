import fs from 'node:fs';
import path from 'node:path';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { parseDocument } from './deps.js';
import { yamlValue } from './yaml-value.js';

/** What a folder's settings file says of the folder in the sidebar. */
export interface FolderSettings {
  /** The settings file, relative to the content folder. */
  file: string;
  /** The folder's name in navigation. */
  label?: string;
  /** Its place among its siblings (`position` in `_category_`, `order` in `_meta.yml`). */
  order?: number;
  /** Shown closed in the sidebar. */
  collapsed?: boolean;
  /** What the folder's page says of it when it has no page of its own (`link.description` in `_category_`). */
  description?: string;
}

const KEYS: Record<string, { key: 'label' | 'order' | 'collapsed'; type: 'string' | 'number' | 'boolean' }> = {
  label: { key: 'label', type: 'string' },
  position: { key: 'order', type: 'number' },
  order: { key: 'order', type: 'number' },
  collapsed: { key: 'collapsed', type: 'boolean' },
};

/**
 * Reads the per-folder settings files the walk found: Docusaurus's `_category_.json` /
 * `_category_.yml` (`label`, `position`, `collapsed`, `link.description`) and guidekit's own
 * `_meta.yml` (`label`, `order`, `collapsed`, `description`), which wins where a folder has both. Other keys are left alone; a value of
 * the wrong type is a warning naming the file.
 */
export function readFolderSettings(root: string, files: string[], diagnostics: DiagnosticBag): Map<string, FolderSettings> {
  const byDir = new Map<string, FolderSettings>();
  for (const file of [...files].sort(byPrecedence)) {
    const dir = path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file);
    if (byDir.has(dir)) continue;
    const data = readData(path.join(root, file), file, diagnostics);
    if (!data) continue;
    const settings: FolderSettings = { file };
    for (const [name, value] of Object.entries(data)) {
      const known = KEYS[name];
      if (!known || value === null || value === undefined) continue;
      if (typeof value !== known.type) {
        diagnostics.warn('folder-settings', `\`${name}\` must be a ${known.type}`, { file });
        continue;
      }
      (settings as unknown as Record<string, unknown>)[known.key] = value;
    }
    const link = data.link as { description?: unknown } | undefined;
    const description = data.description ?? link?.description;
    if (typeof description === 'string' && description.trim()) settings.description = description.trim();
    byDir.set(dir, settings);
  }
  return byDir;
}

/** `_meta` before `_category_`, so a folder with both takes guidekit's own. */
function byPrecedence(a: string, b: string): number {
  const rank = (f: string) => (path.posix.basename(f).startsWith('_meta') ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : 1);
}

function readData(absolute: string, file: string, diagnostics: DiagnosticBag): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch {
    return undefined;
  }
  let value: unknown;
  if (file.endsWith('.json')) {
    try {
      value = JSON.parse(text);
    } catch (error) {
      diagnostics.warn('folder-settings', `not valid JSON: ${(error as Error).message}`, { file });
      return undefined;
    }
  } else {
    const doc = parseDocument(text, { prettyErrors: false });
    if (doc.errors[0]) {
      diagnostics.warn('folder-settings', `not valid YAML: ${doc.errors[0].message.split('\n')[0]}`, { file });
      return undefined;
    }
    const read = yamlValue(doc);
    if ('error' in read) {
      diagnostics.warn('folder-settings', read.error, { file });
      return undefined;
    }
    value = read.value;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.warn('folder-settings', 'must be a map of settings (label, position, collapsed)', { file });
    return undefined;
  }
  return value as Record<string, unknown>;
}
