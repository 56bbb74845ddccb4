import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { ResolvedConfig } from '../../config/resolve-config.js';
import { hashOf } from '../../support/hash.js';
import type { SourceCache } from '../../discover/read-content.js';
import { VERSION } from '../../support/version.js';
import type { PieceLayout } from '../../write/write-output.js';
import type { UrlManifest } from '../../outputs/redirects.js';

import { listFiles } from '../../support/list-files.js';
import { writeThrough } from '../../write/write-through.js';
import type { BuildState, MarkdownEntry } from './build-state.js';
import { snapshot, unchanged, type Snapshot } from './snapshot.js';
import { placesFit, readLater, TEXTS_NAME, textsPath, writeTexts, type TextPlaces, type TextsFile, type TextToWrite } from './texts-file.js';

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
  /** Absent when saved by a run that wrote no site (`guidekit check`) and knew no keys. */
  outputs?: Map<string, string>;
  structure?: string;
  layouts?: Map<string, PieceLayout>;
  published?: UrlManifest;
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

/** What cached results depend on besides the sources: guidekit's own code, the config and the versions it lists (`versions.json` too). */
export function cacheVersion(config: ResolvedConfig): string {
  const configText = config.configFile ? fs.readFileSync(config.configFile, 'utf8') : '';
  return hashOf(VERSION, codeSignature(), configText, JSON.stringify({ base: config.base, drafts: config.drafts, theme: config.theme, versions: config.versions }));
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
      published: cache.published,
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
 * Writes the cache (through a temporary file, so a crash never leaves half of one), unless it
 * would write what it read: a rebuild that changed nothing does not pay for serializing every page.
 * The texts go first, to a file of a new name; the cache file then names it.
 */
export function saveBuildState(file: string | undefined, version: string, marker: string, state: BuildState): void {
  if (!file) return;
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
    published: state.published,
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

/** Lets go of the texts file a state reads from, once its session is over: texts not read by then are not read at all. */
export function releaseBuildState(state: BuildState): void {
  const texts = textsOf.get(state);
  if (!texts || texts.fd < 0) return;
  fs.closeSync(texts.fd);
  texts.fd = -1;
}

/** Each state as last read from or written to its cache file. */
const saved = new WeakMap<BuildState, Snapshot>();
