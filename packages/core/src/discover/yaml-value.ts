import type { Document } from 'yaml';

/** Aliases a document may expand: enough for any real front matter, far too few for a "billion laughs". */
const MAX_ALIASES = 50;

/**
 * A parsed YAML document's value, or why it has none: an alias to no anchor, or more aliases
 * than any real file has (an attack that would expand to gigabytes).
 */
export function yamlValue(doc: Document): { value: unknown } | { error: string } {
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { error: /alias count/i.test(message) ? `too many aliases (more than ${MAX_ALIASES})` : message.split('\n')[0]! };
  }
}
