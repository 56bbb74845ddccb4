import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ResolvedConfig } from '../../config/resolve-config.js';
import { GuidekitError } from '../../diagnostics/guidekit-error.js';
import { hashOf } from '../../support/hash.js';
import { isLatin1 } from '../../support/latin1.js';
import type { SourceCache } from '../../discover/read-content.js';
import type { RenderedMarkdown } from '../../markdown/render-markdown.js';
import { VERSION } from '../../support/version.js';
import type { PieceLayout } from '../../write/write-output.js';
import { listFiles } from '../../support/list-files.js';
import { createAppender, readAt, writeThrough } from '../../write/write-through.js';

/** A page's rendered markdown and the hash of the source it came from. */
export interface MarkdownEntry {
  sourceHash: string;
  result: RenderedMarkdown;
}

/** What a build session remembers between builds, and (through the cache file) between runs. */
export interface BuildState {
  sources: SourceCache;
  markdown: Map<string, MarkdownEntry>;
  /** Each output file's key, when the output folder is known to hold exactly these files. */
  outputs?: Map<string, string>;
  /** The structure signature the output keys were made with (see `structureSignature`). */
  structure?: string;
  /** Where the pieces of the files written in pieces sit (see `OutputPiece`). */
  layouts?: Map<string, PieceLayout>;
}

interface CacheFile {
  version: string;
  /** Stamp of the output folder's marker file when the cache was written: any other build rewrites it. */
  marker: string;
  /** Names the file that holds the sources' text, the rendered bodies and their highlighted code (see `TextKind`). */
  texts: string;
  /** That file's size: a texts file of another size is damaged, and the cache is not used. */
  textsBytes: number;
  /** Where each text sits in that file. */
  places: TextPlaces;
  sources: SourceCache;
  markdown: Map<string, MarkdownEntry>;
  outputs: Map<string, string>;
  structure?: string;
  layouts?: Map<string, PieceLayout>;
}

/**
 * The texts kept beside the cache file, by file: the sources' text, the rendered bodies and their
 * highlighted code. They are most of its bytes, and a build reads only those of the pages it
 * renders again.
 */
type TextKind = 'sources' | 'bodies' | 'highlighted';

/**
 * Where a text sits in the texts file: its bytes' offset and length, whether they are UTF-8 (else
 * Latin-1), and the text's hash (a text read back must match it).
 */
type TextPlace = [offset: number, length: number, utf8: boolean, hash: string];
type TextPlaces = Record<TextKind, Map<string, TextPlace>>;

/**
 * The texts file a state reads its texts from, open, and where its texts sit: each save of the
 * state swaps in the file it wrote. `fd` is -1 once the state's session is over.
 */
interface TextsFile {
  fd: number;
  places: TextPlaces;
  /** The cache file that names it: removed when a text is found damaged. */
  cache: string;
}

/** Each loaded state's texts file. */
const textsOf = new WeakMap<BuildState, TextsFile>();

/**
 * Where the build cache of a guide and output folder lives: in the nearest `node_modules/.cache/guidekit`
 * above the content folder, else in the user's cache folder (`$XDG_CACHE_HOME` or `~/.cache`).
 */
export function cachePath(config: ResolvedConfig): string {
  const name = `${hashOf(config.root, config.outDir).slice(0, 16)}.bin`;
  for (let dir = config.root; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'guidekit', name);
  }
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'guidekit', name);
}

/** What cached results depend on besides the sources: guidekit's own code and the config. */
export function cacheVersion(config: ResolvedConfig): string {
  const configText = config.configFile ? fs.readFileSync(config.configFile, 'utf8') : '';
  return hashOf(VERSION, codeSignature(), configText, JSON.stringify({ base: config.base, drafts: config.drafts, theme: config.theme }));
}

let code: string | undefined;

/** Changes whenever a file of guidekit's core changes (a new release, or a build of a working copy). */
function codeSignature(): string {
  if (code === undefined) {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const stamps = listFiles(root).map((file) => {
      const stat = fs.statSync(path.join(root, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    });
    code = hashOf(...stamps);
  }
  return code;
}

/**
 * Reads the cache, keeping its output keys only if the output folder still carries the marker
 * written with them. A missing, stale or unreadable cache is an empty state.
 */
export function loadBuildState(file: string | undefined, version: string, marker: string | undefined): BuildState {
  const empty: BuildState = { sources: new Map(), markdown: new Map() };
  if (!file || !fs.existsSync(file)) return empty;
  let fd: number | undefined;
  try {
    const cache = v8.deserialize(fs.readFileSync(file)) as CacheFile;
    if (cache.version !== version) return empty;
    // Opened now, read on first use: a later save (of another session, or another process) may
    // remove the file, and an open file stays readable.
    fd = fs.openSync(textsPath(file, cache.texts), 'r');
    if (fs.fstatSync(fd).size !== cache.textsBytes || !placesFit(cache.places, cache.textsBytes)) throw new Error('texts file damaged');
    const texts: TextsFile = { fd, places: cache.places, cache: file };
    for (const [name, entry] of cache.sources) if (entry.source) readLater(entry.source, 'text', texts, 'sources', name);
    for (const [name, entry] of cache.markdown) {
      readLater(entry.result, 'html', texts, 'bodies', name);
      readLater(entry.result, 'highlighted', texts, 'highlighted', name);
    }
    const whole = cache.marker === marker;
    const state: BuildState = {
      sources: cache.sources,
      markdown: cache.markdown,
      outputs: whole ? cache.outputs : undefined,
      structure: whole ? cache.structure : undefined,
      layouts: whole ? cache.layouts : undefined,
    };
    if (whole) saved.set(state, snapshot(cache.marker, state));
    textsOf.set(state, texts);
    return state;
  } catch {
    if (fd !== undefined) fs.closeSync(fd);
    return empty;
  }
}

/**
 * A texts file that cannot be read whole: the build stops with this. The cache file that names
 * it is removed, so the next build starts afresh.
 */
function damaged(texts: TextsFile): GuidekitError {
  fs.rmSync(texts.cache, { force: true });
  return new GuidekitError([
    { severity: 'error', rule: 'build-cache', message: 'the build cache was damaged and has been removed: build again' },
  ]);
}

/**
 * Writes the cache (through a temporary file, so a crash never leaves half of one), unless it
 * would write what it read: a rebuild that changed nothing does not pay for serializing every page.
 * The texts go first, to a file of a new name; the cache file then names it.
 */
export function saveBuildState(file: string | undefined, version: string, marker: string, state: BuildState): void {
  if (!file || !state.outputs) return;
  if (unchanged(saved.get(state), marker, state)) return;
  // The texts go to their own file; the entries keep everything else. A text not read yet is
  // copied from the file it is in, as bytes.
  const texts: TextToWrite[] = [];
  const sources: SourceCache = new Map(
    [...state.sources].map(([name, entry]) => {
      if (!entry.source) return [name, entry];
      texts.push({ kind: 'sources', name, object: entry.source, key: 'text' });
      return [name, { ...entry, source: { ...without(entry.source, 'text'), text: '' } }];
    }),
  );
  const markdown = new Map(
    [...state.markdown].map(([name, entry]) => {
      texts.push({ kind: 'bodies', name, object: entry.result, key: 'html', hash: entry.result.hash });
      texts.push({ kind: 'highlighted', name, object: entry.result, key: 'highlighted' });
      return [name, { ...entry, result: { ...without(entry.result, 'html', 'highlighted'), html: '', highlighted: '' } }];
    }),
  );
  const id = randomUUID().slice(0, 8);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { places, bytes: textsBytes } = writeTexts(textsPath(file, id), texts);
  const cache: CacheFile = {
    version,
    marker,
    texts: id,
    textsBytes,
    places,
    sources,
    markdown,
    outputs: state.outputs,
    structure: state.structure,
    layouts: state.layouts,
  };
  const bytes = v8.serialize(cache);
  writeThrough(file, (temp) => fs.writeFileSync(temp, bytes));
  // Texts not read yet are read from the new file from now on, and the old one is let go.
  const read = textsOf.get(state);
  if (read) {
    if (read.fd >= 0) fs.closeSync(read.fd);
    Object.assign(read, { fd: fs.openSync(textsPath(file, id), 'r'), places });
  }
  pruneCacheFolder(file, textsPath(file, id));
  saved.set(state, snapshot(marker, state));
}

/** A copy of the object's own fields but `keys`, which are not touched: a text not read yet stays unread. */
function without<T extends object>(object: T, ...keys: string[]): T {
  const copy = {} as T;
  for (const field of Object.keys(object)) {
    if (!keys.includes(field)) (copy as Record<string, unknown>)[field] = (object as Record<string, unknown>)[field];
  }
  return copy;
}

/** The cache of another output folder is removed once unused this long. */
const UNUSED_MS = 30 * 24 * 60 * 60 * 1000;
/** What a save that crashed left behind is removed after this long (a save in progress is younger). */
const LEFTOVER_MS = 60 * 60 * 1000;

/**
 * Removes, as far as it may, what the cache folder holds besides the cache just saved (`file`
 * and its `texts`): the texts files of its earlier saves (one still open in a session reads on,
 * where the system allows), the caches of other output folders unused for a month, and the
 * temporary and texts files of saves that crashed.
 */
function pruneCacheFolder(file: string, texts: string): void {
  const dir = path.dirname(file);
  // Cache files first: the texts files of one removed go with it.
  const names = fs.readdirSync(dir).sort((a, b) => Number(b.endsWith('.bin')) - Number(a.endsWith('.bin')));
  const caches = new Set(names.filter((name) => name.endsWith('.bin')));
  const now = Date.now();
  for (const name of names) {
    const entry = path.join(dir, name);
    if (entry === file || entry === texts) continue;
    try {
      const age = now - fs.statSync(entry).mtimeMs;
      const owner = TEXTS_NAME.exec(name)?.[1];
      const stale =
        (name.endsWith('.bin') && age > UNUSED_MS) ||
        owner === path.basename(file) ||
        (owner !== undefined && !caches.has(owner) && age > LEFTOVER_MS) ||
        (name.endsWith('.guidekit-tmp') && age > LEFTOVER_MS);
      if (stale) {
        fs.rmSync(entry, { force: true });
        if (name.endsWith('.bin')) caches.delete(name);
      }
    } catch {
      // Gone meanwhile, or in use where an open file cannot be removed: a later save tries again.
    }
  }
}

/** A text for the texts file: the field of `object` that holds it, and its hash where the entry has it already. */
interface TextToWrite {
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
function writeTexts(file: string, texts: TextToWrite[]): { places: TextPlaces; bytes: number } {
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
function textsPath(file: string, id: string): string {
  return `${file}.${id}.texts`;
}

/** The name of a texts file (see `textsPath`), and of the cache file it belongs to. */
const TEXTS_NAME = /^(.+\.bin)\.[^.]+\.texts$/;



/** Texts not read yet, by the object and field that will hold them: where they are. */
const unreadTexts = new WeakMap<object, Map<string, { texts: TextsFile; kind: TextKind; name: string }>>();

/**
 * Makes `object[key]` read, on first use, the text `name` of `kind` from `texts`: a build reads
 * only the texts it uses, and a save copies the others as bytes (see `writeTexts`).
 */
function readLater(object: object, key: string, texts: TextsFile, kind: TextKind, name: string): void {
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
function readText({ texts, kind, name }: { texts: TextsFile; kind: TextKind; name: string }): string {
  const place = texts.places[kind].get(name);
  const bytes = place && texts.fd >= 0 ? readAt(texts.fd, [place[0], place[1]]) : undefined;
  const text = bytes?.toString(place![2] ? 'utf8' : 'latin1');
  if (text === undefined || hashOf(text) !== place![3]) throw damaged(texts);
  return text;
}

/** True when every place lies within a file of `bytes` bytes (a cache that says otherwise is damaged). */
function placesFit(places: TextPlaces | undefined, bytes: number): boolean {
  if (!places) return false;
  return Object.values(places).every((kind) => [...kind.values()].every(([offset, length]) => offset + length <= bytes));
}

/** Lets go of the texts file a state reads from, once its session is over: texts not read by then are not read at all. */
export function releaseBuildState(state: BuildState): void {
  const texts = textsOf.get(state);
  if (!texts || texts.fd < 0) return;
  fs.closeSync(texts.fd);
  texts.fd = -1;
}

/** Each state as last read from or written to its cache file. */
const saved = new WeakMap<BuildState, Snapshot>();

/** What a cache file holds, by reference: a re-parsed or re-rendered page is a new entry object. */
interface Snapshot {
  marker: string;
  structure?: string;
  sources: Map<string, { entry: object; stamp: string }>;
  markdown: Map<string, object>;
  outputs: Map<string, string>;
}

function snapshot(marker: string, state: BuildState): Snapshot {
  return {
    marker,
    structure: state.structure,
    sources: new Map([...state.sources].map(([file, entry]) => [file, { entry, stamp: entry.stamp }])),
    markdown: new Map(state.markdown),
    outputs: new Map(state.outputs),
  };
}

/** True when saving `state` with `marker` would write what `before` describes. */
function unchanged(before: Snapshot | undefined, marker: string, state: BuildState): boolean {
  if (!before || before.marker !== marker || before.structure !== state.structure) return false;
  return (
    sameEntries(before.sources, state.sources, (was, now) => was.entry === now && was.stamp === now.stamp) &&
    sameEntries(before.markdown, state.markdown, (was, now) => was === now) &&
    sameEntries(before.outputs, state.outputs ?? new Map<string, string>(), (was, now) => was === now)
  );
}

function sameEntries<A, B>(before: Map<string, A>, now: Map<string, B>, same: (was: A, now: B) => boolean): boolean {
  if (before.size !== now.size) return false;
  for (const [key, was] of before) {
    const value = now.get(key);
    if (value === undefined || !same(was, value)) return false;
  }
  return true;
}
