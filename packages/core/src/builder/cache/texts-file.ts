import fs from 'node:fs';
import { GuidekitError } from '../../diagnostics/guidekit-error.js';
import { hashOf } from '../../support/hash.js';
import { isLatin1 } from '../../support/latin1.js';
import { createAppender, readAt, writeThrough } from '../../write/write-through.js';

/**
 * The texts file beside a build cache file: the sources' text, the rendered bodies and their
 * highlighted code, one after the other. They are most of the cache's bytes, and a build reads
 * only those of the pages it renders again (see `readLater`); a save copies the others as bytes.
 */

/**
 * The texts kept beside the cache file, by file: the sources' text, the rendered bodies and their
 * highlighted code. They are most of its bytes, and a build reads only those of the pages it
 * renders again.
 */
export type TextKind = 'sources' | 'bodies' | 'highlighted';

/**
 * Where a text sits in the texts file: its bytes' offset and length, whether they are UTF-8 (else
 * Latin-1), and the text's hash (a text read back must match it).
 */
export type TextPlace = [offset: number, length: number, utf8: boolean, hash: string];
export type TextPlaces = Record<TextKind, Map<string, TextPlace>>;

/**
 * The texts file a state reads its texts from, open, and where its texts sit: each save of the
 * state swaps in the file it wrote. `fd` is -1 once the state's session is over.
 */
export interface TextsFile {
  fd: number;
  places: TextPlaces;
  /** The cache file that names it: removed when a text is found damaged. */
  cache: string;
}


/**
 * A texts file that cannot be read whole: the build stops with this. The cache file that names
 * it is removed, so the next build starts afresh.
 */
export function damaged(texts: TextsFile): GuidekitError {
  fs.rmSync(texts.cache, { force: true });
  return new GuidekitError([
    { severity: 'error', rule: 'build-cache', message: 'the build cache was damaged and has been removed: build again' },
  ]);
}

/** A text for the texts file: the field of `object` that holds it, and its hash where the entry has it already. */
export interface TextToWrite {
  kind: TextKind;
  name: string;
  object: object;
  key: string;
  hash?: string;
}


/**
 * Writes the texts one after the other, each as Latin-1 bytes when it can be, else UTF-8; a text
 * not read yet is copied as the bytes it already is. Returns where each went and the file's size.
 */
export function writeTexts(file: string, texts: TextToWrite[]): { places: TextPlaces; bytes: number } {
  const places: TextPlaces = { sources: new Map(), bodies: new Map(), highlighted: new Map() };
  let size = 0;
  writeThrough(file, (temp) => {
    const fd = fs.openSync(temp, 'w');
    try {
      const out = createAppender(fd);
      for (const { kind, name, object, key, hash: known } of texts) {
        const unread = unreadTexts.get(object)?.get(key);
        let bytes: Buffer;
        let utf8: boolean;
        let hash: string;
        if (unread) {
          const place = unread.texts.places[unread.kind].get(unread.name);
          const read = place && unread.texts.fd >= 0 && readAt(unread.texts.fd, [place[0], place[1]]);
          if (!place || !read) throw damaged(unread.texts);
          [bytes, utf8, hash] = [read, place[2], place[3]];
        } else {
          const text = (object as Record<string, string>)[key]!;
          utf8 = !isLatin1(text);
          bytes = Buffer.from(text, utf8 ? 'utf8' : 'latin1');
          hash = known ?? hashOf(text);
        }
        places[kind].set(name, [out.append(bytes), bytes.length, utf8, hash]);
      }
      size = out.end();
    } finally {
      fs.closeSync(fd);
    }
  });
  return { places, bytes: size };
}

/** The file of texts `id` beside the cache file. */
export function textsPath(file: string, id: string): string {
  return `${file}.${id}.texts`;
}

/** The name of a texts file (see `textsPath`), and of the cache file it belongs to. */
export const TEXTS_NAME = /^(.+\.bin)\.[^.]+\.texts$/;



/** Texts not read yet, by the object and field that will hold them: where they are. */
const unreadTexts = new WeakMap<object, Map<string, { texts: TextsFile; kind: TextKind; name: string }>>();

/**
 * Makes `object[key]` read, on first use, the text `name` of `kind` from `texts`: a build reads
 * only the texts it uses, and a save copies the others as bytes (see `writeTexts`).
 */
export function readLater(object: object, key: string, texts: TextsFile, kind: TextKind, name: string): void {
  const unread = unreadTexts.get(object) ?? new Map<string, { texts: TextsFile; kind: TextKind; name: string }>();
  unreadTexts.set(object, unread);
  unread.set(key, { texts, kind, name });
  const settle = (value: unknown) => {
    unread.delete(key);
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(object, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      const value = readText(unread.get(key)!);
      settle(value);
      return value;
    },
    set: settle,
  });
}

/** A text of a texts file; the cache is damaged if it is not all there. */
export function readText({ texts, kind, name }: { texts: TextsFile; kind: TextKind; name: string }): string {
  const place = texts.places[kind].get(name);
  const bytes = place && texts.fd >= 0 ? readAt(texts.fd, [place[0], place[1]]) : undefined;
  const text = bytes?.toString(place![2] ? 'utf8' : 'latin1');
  if (text === undefined || hashOf(text) !== place![3]) throw damaged(texts);
  return text;
}

/** True when every place lies within a file of `bytes` bytes (a cache that says otherwise is damaged). */
export function placesFit(places: TextPlaces | undefined, bytes: number): boolean {
  if (!places) return false;
  return Object.values(places).every((kind) => [...kind.values()].every(([offset, length]) => offset + length <= bytes));
}
