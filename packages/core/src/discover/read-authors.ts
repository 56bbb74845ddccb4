import fs from 'node:fs';
import path from 'node:path';
import type { Node } from 'yaml';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { AuthorEntry } from '../model/guide.js';
import { isSafeUrl } from '../support/safe-url.js';
import { decodeText } from './decode-text.js';
import { yamlValue } from './yaml-value.js';
import { LineCounter, parseDocument } from './deps.js';

const FILES = ['authors.yml', 'authors.yaml'];

/**
 * Reads the author registry (`authors.yml`: a map of id → name, role, bio, avatar, links).
 * A missing file is an empty registry.
 */
export function readAuthors(root: string, diagnostics: DiagnosticBag): Map<string, AuthorEntry> {
  const authors = new Map<string, AuthorEntry>();
  const file = FILES.find((f) => fs.existsSync(path.join(root, f)));
  if (!file) return authors;
  const decoded = decodeText(fs.readFileSync(path.join(root, file)));
  if (!decoded.ok) {
    diagnostics.error('encoding', 'file is not valid UTF-8', { file, ...decoded.at });
    return authors;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter, prettyErrors: false });
  const at = (node: Node | undefined) => {
    const pos = lineCounter.linePos(node?.range?.[0] ?? 0);
    return { file, line: pos.line, column: pos.col };
  };
  if (doc.errors[0]) {
    const pos = lineCounter.linePos(doc.errors[0].pos[0]);
    diagnostics.error('authors', `invalid YAML: ${doc.errors[0].message.split('\n')[0]}`, {
      file,
      line: pos.line,
      column: pos.col,
    });
    return authors;
  }
  const read = yamlValue(doc);
  if ('error' in read) {
    diagnostics.error('authors', `invalid YAML: ${read.error}`, { file, line: 1, column: 1 });
    return authors;
  }
  const data = read.value;
  if (data === null || data === undefined) return authors;
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.error('authors', 'authors.yml must map author ids to their details', { file, line: 1, column: 1 });
    return authors;
  }
  for (const [id, raw] of Object.entries(data as Record<string, unknown>)) {
    const where = at(doc.get(id, true) as Node | undefined);
    const entry = (raw ?? {}) as Record<string, unknown>;
    if (typeof entry !== 'object' || typeof entry.name !== 'string' || !entry.name.trim()) {
      diagnostics.error('authors', `author "${id}" needs a \`name\``, where);
      continue;
    }
    // A URL is printed into every article of the author: only http(s), mailto and relative ones.
    const unsafe = (url: string, keys: (string | number)[], images = false) => {
      if (isSafeUrl(url, { images })) return false;
      const place = at(doc.getIn([id, ...keys], true) as Node | undefined);
      diagnostics.error('unsafe-url', `author "${id}": ${keys.join('.')} must be an http(s), mailto or relative URL, not "${url}"`, place);
      return true;
    };
    const avatar = optionalString(entry.avatar);
    const links: AuthorEntry['links'] = [];
    (Array.isArray(entry.links) ? entry.links : []).forEach((link: unknown, i) => {
      if (typeof link !== 'object' || link === null || typeof (link as { url?: unknown }).url !== 'string') return;
      const { label, url } = link as { label?: unknown; url: string };
      if (!unsafe(url, ['links', i, 'url'])) links.push({ label: typeof label === 'string' ? label : url, url });
    });
    authors.set(id, {
      id,
      name: entry.name,
      role: optionalString(entry.role),
      bio: optionalString(entry.bio),
      avatar: avatar && !unsafe(avatar, ['avatar'], true) ? avatar : undefined,
      links,
    });
  }
  return authors;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}
