/** A map of YAML read without a YAML parser, with where its values start (offsets in the text). */
export interface SimpleYaml {
  data: Record<string, unknown>;
  /** Offset of each key's value: its first character, or the first `-` of a list. */
  valueAt: Map<string, number>;
  /** Offsets of the items of each list value. */
  itemsAt: Map<string, number[]>;
}

/** A key of up to 1000 characters: YAML parsers refuse keys of over 1024. */
const ENTRY = /^([A-Za-z_][\w-]{0,999}):(?:[ \t]+(.*))?$/;
const ITEM = /^( *)- +(.*)$/;
const BLANK_OR_COMMENT = /^[ \t]*(?:#.*)?$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;
const SINGLE_QUOTED = /^'([^']*)'$/;
/** A plain scalar that can only be a string or one of the words below: it starts with a letter, holds no `:` or `#`, and ends in a non-space. */
const PLAIN = /^\p{L}(?:[^:#\t\r\n]*[^:#\s])?$/u;
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;
const WORDS = new Map<string, unknown>(
  ['true', 'True', 'TRUE'].map((w) => [w, true] as [string, unknown]).concat(
    ['false', 'False', 'FALSE'].map((w) => [w, false]),
    ['null', 'Null', 'NULL'].map((w) => [w, null]),
  ),
);

/**
 * Reads the YAML most front matter is written in: one `key: value` per line, where a value is a
 * quoted string without escapes, a plain string, a whole number, `true`/`false`/`null`, or a list
 * of such values on `- ` lines below an empty `key:`. Returns what a YAML 1.2 parser would, or
 * undefined for anything else (which then goes to one): a YAML parser took a tenth of a
 * thousand-page build's time before any page was rendered.
 */
export function readSimpleYaml(text: string): SimpleYaml | undefined {
  const result: SimpleYaml = { data: {}, valueAt: new Map(), itemsAt: new Map() };
  // The key whose `- ` items the next lines may hold, and their indent once known.
  let list: { key: string; items: unknown[]; indent?: number } | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const item = list && ITEM.exec(line);
    if (list && item) {
      if ((list.indent ??= item[1]!.length) !== item[1]!.length) return undefined;
      const value = scalar(item[2]!);
      if (value === undefined) return undefined;
      list.items.push(value.value);
      const at = lineStart + line.length - item[2]!.length;
      if (list.items.length === 1) result.valueAt.set(list.key, lineStart + item[1]!.length);
      result.itemsAt.get(list.key)!.push(at);
      continue;
    }
    if (list && list.items.length === 0) return undefined;
    list = undefined;
    const entry = ENTRY.exec(line);
    const key = entry?.[1];
    // A key that is a word YAML reads as a value (`true:`), or one a plain object cannot hold.
    if (key === undefined || Object.hasOwn(result.data, key) || WORDS.has(key) || key === '__proto__') return undefined;
    if (entry![2] === undefined || entry![2] === '') {
      list = { key, items: [] };
      result.data[key] = list.items;
      result.itemsAt.set(key, []);
      continue;
    }
    const written = entry![2];
    const value = scalar(written);
    if (value === undefined) return undefined;
    result.data[key] = value.value;
    result.valueAt.set(key, lineStart + line.length - written.length);
  }
  if (list && list.items.length === 0) return undefined;
  return result;
}

/** The value of a scalar written on one line, or undefined when it is not one this reader knows. */
function scalar(text: string): { value: unknown } | undefined {
  const quoted = DOUBLE_QUOTED.exec(text) ?? SINGLE_QUOTED.exec(text);
  if (quoted) return { value: quoted[1] };
  if (INTEGER.test(text)) return { value: Number(text) };
  if (!PLAIN.test(text)) return undefined;
  return { value: WORDS.has(text) ? WORDS.get(text) : text };
}
