import type { Node } from 'yaml';
import type { DiagnosticBag, SourcePosition } from '../diagnostics/diagnostic.js';
import type { FrontMatter } from '../model/guide.js';
import { FRONT_MATTER_FENCE } from '../support/front-matter-fence.js';
import { positionAt } from '../support/text-position.js';
import { isScalar, isSeq, parseDocument } from './deps.js';
import { checkPageSettings } from './page-settings.js';
import { readSimpleYaml } from './simple-yaml.js';
import { yamlValue } from './yaml-value.js';

/** Front matter read from a file, with where each key's value sits (for messages). */
export interface ParsedFrontMatter {
  data: FrontMatter;
  /** Position of each top-level key's value, in file coordinates. */
  positions: Map<string, SourcePosition>;
  /** Positions of the items of `author`/`authors`, in order. */
  authorPositions: SourcePosition[];
  /** Offset in the text where the markdown body starts. */
  bodyOffset: number;
}

const CLOSE = new RegExp(FRONT_MATTER_FENCE.source, 'm');

const SCHEMA: Record<string, 'string' | 'number' | 'boolean'> = {
  title: 'string',
  description: 'string',
  slug: 'string',
  order: 'number',
  draft: 'boolean',
  numbering: 'boolean',
  // Docusaurus's names for a page's place and label in the sidebar, and for its URL segment.
  sidebar_position: 'number',
  sidebar_label: 'string',
  id: 'string',
};

/**
 * Reads YAML front matter from the start of a page (between `---` lines).
 * Problems are reported to `diagnostics` with the file's own line numbers; the page then
 * builds with what could be read.
 */
export function readFrontMatter(text: string, file: string, diagnostics: DiagnosticBag): ParsedFrontMatter {
  const empty: ParsedFrontMatter = { data: {}, positions: new Map(), authorPositions: [], bodyOffset: 0 };
  const firstLine = text.indexOf('\n');
  if (firstLine < 0 || !FRONT_MATTER_FENCE.test(text.slice(0, firstLine))) return empty;
  const start = text.indexOf('\n') + 1;
  const close = CLOSE.exec(text.slice(start));
  if (!close) {
    diagnostics.error('front-matter', 'front matter is not closed by a `---` line', { file, line: 1, column: 1 }, 'end it with a `---` line (a YAML `...` does not end it)');
    return empty;
  }
  const yamlText = text.slice(start, start + close.index);
  const bodyOffset = start + close.index + close[0].length;
  // The YAML starts on line 2 of the file.
  const at = (offset: number): SourcePosition => {
    const { line, column } = positionAt(yamlText, offset);
    return { line: line + 1, column };
  };
  const yaml = readYaml(yamlText);
  if ('error' in yaml) {
    diagnostics.error('front-matter', `invalid YAML front matter: ${yaml.error.message}`, { file, ...at(yaml.error.offset) });
    return { ...empty, bodyOffset };
  }
  const { value } = yaml;
  if (value === null || value === undefined) return { ...empty, bodyOffset };
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.error('front-matter', 'front matter must be a map of `key: value` lines', { file, line: 2, column: 1 });
    return { ...empty, bodyOffset };
  }
  const data: FrontMatter = { ...(value as Record<string, unknown>) };
  const positions = new Map<string, SourcePosition>();
  for (const key of Object.keys(data)) {
    const offset = yaml.valueAt(key);
    positions.set(key, offset === undefined ? { line: 2, column: 1 } : at(offset));
  }

  for (const [key, type] of Object.entries(SCHEMA)) {
    if (data[key] === undefined || data[key] === null) {
      delete data[key];
      continue;
    }
    // `title: 2024` is the text 2024.
    if (type === 'string' && typeof data[key] === 'number') data[key] = String(data[key]);
    if (typeof data[key] !== type) {
      diagnostics.error('front-matter', `\`${key}\` must be a ${type}, not ${describe(data[key])}`, {
        file,
        ...positions.get(key),
      });
      delete data[key];
    }
  }

  const authorPositions: SourcePosition[] = [];
  const authorKey = data.authors !== undefined ? 'authors' : data.author !== undefined ? 'author' : undefined;
  if (authorKey) {
    const raw = data[authorKey];
    const ids = Array.isArray(raw) ? raw : [raw];
    if (ids.every((id) => typeof id === 'string' && id.trim() !== '')) {
      data.authors = ids.map((id: string) => id.trim());
      const items = yaml.itemsAt(authorKey);
      if (items) authorPositions.push(...items.map(at));
      else authorPositions.push(positions.get(authorKey)!);
    } else {
      diagnostics.error('front-matter', `\`${authorKey}\` must be an author id or a list of ids`, {
        file,
        ...positions.get(authorKey),
      });
      delete data.authors;
    }
    delete data.author;
  }
  checkPageSettings(data, positions, file, diagnostics);
  return { data, positions, authorPositions, bodyOffset };
}

/** A front matter's YAML read: its value, where each key's value starts, and where the items of a list value start. */
interface YamlDocument {
  value: unknown;
  valueAt(key: string): number | undefined;
  itemsAt(key: string): number[] | undefined;
}

/** Reads the YAML of a front matter: the common shapes without a YAML parser (see `readSimpleYaml`), others with one. */
function readYaml(text: string): YamlDocument | { error: { message: string; offset: number } } {
  const simple = readSimpleYaml(text);
  if (simple) return { value: simple.data, valueAt: (key) => simple.valueAt.get(key), itemsAt: (key) => simple.itemsAt.get(key) };
  const doc = parseDocument(text, { prettyErrors: false });
  const firstError = doc.errors[0];
  if (firstError) return { error: { message: firstError.message.split('\n')[0]!, offset: firstError.pos[0] } };
  const node = (key: string) => doc.get(key, true) as Node | undefined;
  const read = yamlValue(doc);
  if ('error' in read) return { error: { message: read.error, offset: 0 } };
  return {
    value: read.value,
    valueAt: (key) => node(key)?.range?.[0],
    itemsAt: (key) => {
      const list = node(key);
      return isSeq(list) ? list.items.map((item) => (isScalar(item) && item.range ? item.range[0] : 0)) : undefined;
    },
  };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a map' : `${typeof value} ${JSON.stringify(value)}`;
}
