import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { OUTPUT_MARKER } from './guard-output.js';
import { OUTPUT_LOCK } from './output-lock.js';
import { listFiles } from '../support/list-files.js';
import { createAppender, readAt, writeBeside } from './write-through.js';

/** One file of the built site: its bytes, its text in pieces (written as they come), or a file to copy. */
export type OutputContent = { content: string | Uint8Array } | { pieces: Iterable<OutputPiece> } | { copyFrom: string };

/**
 * A piece of a file written in pieces. A piece under a key that the file's last version holds is
 * copied from it, and its text is never made: a file of the whole guide is rewritten at the cost
 * of copying it, plus the pieces that changed.
 */
export interface OutputPiece {
  /** Names the piece's bytes: two pieces under one key are the same bytes. Unkeyed pieces are always made. */
  key?: string;
  text(): string;
}

/** Where each keyed piece of a file written in pieces sits in it, and the file as written: any later write changes one of these. */
export interface PieceLayout {
  size: number;
  /** In whole milliseconds: finer parts do not survive every way of setting a file's time. */
  mtimeMs: number;
  /** A file written through a rename (as builds write) is a new inode. */
  ino: number;
  pieces: Map<string, [offset: number, length: number]>;
}

/** True when `stat` is of the file `layout` was recorded for, unchanged since. */
function isAsWritten(stat: fsSync.Stats | undefined, layout: PieceLayout): boolean {
  return stat !== undefined && stat.size === layout.size && Math.round(stat.mtimeMs) === layout.mtimeMs && stat.ino === layout.ino;
}

/**
 * Writes files into the output folder as they are produced, each beside its place until the
 * build commits: a build that fails halfway (a template error, a full disk, a stop) leaves the
 * folder as it was.
 */
export interface OutputWriter {
  /**
   * Writes a file at once, before the next page is rendered, beside the place it will take: a
   * page's HTML is dropped as soon as it is made, so it never outlives V8's young generation
   * (queued writes kept thousands of pages alive long enough to fill the old one).
   */
  write(file: string, output: OutputContent): void;
  /** Where a file written by this build is until `commit` moves it into place (then its place). */
  pathOf(file: string): string;
  /** Moves every file written so far into place. */
  commit(): void;
  /** Removes every file written and not committed, and the folders made for them. */
  abort(): void;
  /** Whether writing `file` in pieces would copy the piece under `key` from the file's last version. */
  holds(file: string, key: string): boolean;
  /** The layout of each file written in pieces, this build's or, for files not written since, the last build's. */
  readonly layouts: Map<string, PieceLayout>;
  /** Commits, removes the stale files and marks the folder as guidekit's; returns the marker's stamp. */
  finish(stale: Iterable<string>): Promise<string>;
}

/**
 * Brings the output folder in line with a build: each file is written beside its place and moved
 * in when the build commits (a reader never sees half a file, nor half a build); stale files are
 * removed at the end. `layouts` are those the last build recorded for the files it wrote in pieces.
 */
export function createOutputWriter(outDir: string, lastLayouts = new Map<string, PieceLayout>()): OutputWriter {
  const staging = createStaging();
  const layouts = new Map(lastLayouts);
  // A file's last layout is used only while the file is as that build left it (checked again
  // on the descriptor the pieces are copied from).
  const checked = new Map<string, PieceLayout | undefined>();
  const lastLayout = (file: string) => {
    if (!checked.has(file)) {
      const layout = lastLayouts.get(file);
      const stat = layout && fsSync.statSync(resolveBelow(outDir, file), { throwIfNoEntry: false });
      checked.set(file, layout && isAsWritten(stat, layout) ? layout : undefined);
    }
    return checked.get(file);
  };
  let changed = false;
  const commit = () => {
    // Each file's last layout no longer holds once it is replaced.
    for (const file of staging.commit()) checked.set(file, undefined);
  };
  return {
    write(file, output) {
      const target = resolveBelow(outDir, file);
      // The marker is rewritten before the first change, so a build stopped halfway leaves a
      // stamp no cache holds: the next build lists the folder, and removes what this one left
      // (a temporary file, say), instead of trusting the cache's list of it.
      if (!changed) writeMarker(outDir);
      changed = true;
      staging.folderFor(target);
      // Pieces are made as they are written, and may ask `holds` then: the last layout holds
      // until the file is replaced (at the commit).
      const { temp, pieces } = writeOne(target, output, lastLayout(file));
      staging.add(file, temp, target);
      layouts.delete(file);
      if (!pieces) return;
      // A rename keeps the file's inode and times: the layout holds for the file in place.
      const stat = fsSync.statSync(temp);
      layouts.set(file, { size: stat.size, mtimeMs: Math.round(stat.mtimeMs), ino: stat.ino, pieces });
    },
    pathOf(file) {
      return staging.pathOf(file) ?? resolveBelow(outDir, file);
    },
    commit,
    abort: () => staging.abort(),
    holds(file, key) {
      return lastLayout(file)?.pieces.has(key) === true;
    },
    layouts,
    async finish(stale) {
      commit();
      for (const file of stale) {
        layouts.delete(file);
        const target = resolveBelow(outDir, file);
        await fs.rm(target, { force: true });
        await removeEmptyParents(outDir, path.dirname(target));
        changed = true;
      }
      // A build that changed nothing leaves the marker, so caches made with it stay valid.
      const stamp = changed ? undefined : await markerStamp(outDir);
      if (stamp) return stamp;
      writeMarker(outDir);
      return (await markerStamp(outDir))!;
    },
  };
}

/**
 * The files a build has written beside their places, and the folders it made for them: moved
 * into place together (`commit`), or removed together (`abort`).
 */
function createStaging() {
  const made = new Set<string>();
  // Folders this build made, deepest last, and the files it wrote that are not in place yet.
  const madeFolders: string[] = [];
  const staged = new Map<string, { temp: string; target: string }>();
  return {
    /** Makes the folder `target` goes in, noting the folders that were not there. */
    folderFor(target: string): void {
      const dir = path.dirname(target);
      if (made.has(dir)) return;
      const first = fsSync.mkdirSync(dir, { recursive: true });
      if (first) madeFolders.push(first);
      made.add(dir);
    },
    add(file: string, temp: string, target: string): void {
      const before = staged.get(file);
      if (before) fsSync.rmSync(before.temp, { force: true });
      staged.set(file, { temp, target });
    },
    pathOf: (file: string) => staged.get(file)?.temp,
    /** Moves every staged file into place; returns them. */
    commit(): string[] {
      for (const { temp, target } of staged.values()) fsSync.renameSync(temp, target);
      const files = [...staged.keys()];
      staged.clear();
      madeFolders.length = 0;
      return files;
    },
    abort(): void {
      for (const { temp } of staged.values()) fsSync.rmSync(temp, { force: true });
      staged.clear();
      for (const dir of madeFolders.reverse()) fsSync.rmSync(dir, { recursive: true, force: true });
      madeFolders.length = 0;
    },
  };
}

/** Writes the output folder's marker, which gives the folder a new stamp (see `markerStamp`). */
function writeMarker(outDir: string): void {
  fsSync.mkdirSync(outDir, { recursive: true });
  fsSync.writeFileSync(path.join(outDir, OUTPUT_MARKER), 'guidekit\n');
}

/** The text of a file of the output folder, or undefined when it has none. */
export function readOutputFile(outDir: string, file: string): string | undefined {
  try {
    return fsSync.readFileSync(path.join(outDir, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** Every file below the output folder (relative, `/`-separated), except guidekit's marker and lock. */
export function listOutput(outDir: string): string[] {
  return listFiles(outDir, { links: true }).filter((f) => f !== OUTPUT_MARKER && f !== OUTPUT_LOCK);
}

/**
 * When the output folder's marker was last written, or undefined when it has none: every build
 * that changes the folder rewrites it, so a build cache knows whether the folder is still as its
 * last build left it.
 */
export async function markerStamp(outDir: string): Promise<string | undefined> {
  const stat = await fs.stat(path.join(outDir, OUTPUT_MARKER)).catch(() => undefined);
  return stat && `${stat.mtimeMs}:${stat.ino}`;
}

/** Writes one file beside `target`; returns where, and where its keyed pieces went when it is written in pieces. */
function writeOne(target: string, output: OutputContent, last: PieceLayout | undefined): { temp: string; pieces?: PieceLayout['pieces'] } {
  let pieces: PieceLayout['pieces'] | undefined;
  const temp = writeBeside(target, (temp) => {
    if ('copyFrom' in output) fsSync.copyFileSync(output.copyFrom, temp);
    else if ('content' in output) fsSync.writeFileSync(temp, output.content);
    else pieces = writePieces(temp, output.pieces, last && { file: target, layout: last });
  });
  return { temp, pieces };
}

/** Writes `pieces` to `file`, copying those `last` (the file's last version) holds; returns the new layout's pieces. */
function writePieces(file: string, pieces: Iterable<OutputPiece>, last: { file: string; layout: PieceLayout } | undefined): PieceLayout['pieces'] {
  const layout: PieceLayout['pieces'] = new Map();
  const fd = fsSync.openSync(file, 'w');
  const lastFd = last && openAsWritten(last.file, last.layout);
  try {
    const out = createAppender(fd);
    for (const piece of pieces) {
      const at = lastFd === undefined || piece.key === undefined ? undefined : last!.layout.pieces.get(piece.key);
      const bytes = (at && readAt(lastFd!, at)) ?? Buffer.from(piece.text());
      const offset = out.append(bytes);
      if (piece.key !== undefined) layout.set(piece.key, [offset, bytes.length]);
    }
    out.end();
  } finally {
    fsSync.closeSync(fd);
    if (lastFd !== undefined) fsSync.closeSync(lastFd);
  }
  return layout;
}

/** The file open for reading if it is the one `layout` was recorded for, unchanged; else undefined. */
function openAsWritten(file: string, layout: PieceLayout): number | undefined {
  let fd: number | undefined;
  try {
    fd = fsSync.openSync(file, 'r');
    if (isAsWritten(fsSync.fstatSync(fd), layout)) return fd;
  } catch {
    // Gone: nothing to copy from.
  }
  if (fd !== undefined) fsSync.closeSync(fd);
  return undefined;
}


async function removeEmptyParents(outDir: string, dir: string): Promise<void> {
  while (dir !== outDir && dir.startsWith(outDir)) {
    if ((await fs.readdir(dir)).length > 0) return;
    await fs.rmdir(dir);
    dir = path.dirname(dir);
  }
}

/** The absolute path of an output file, refusing any path that would leave the output folder. */
function resolveBelow(outDir: string, file: string): string {
  const target = path.resolve(outDir, file);
  const rel = path.relative(outDir, target);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`output path leaves the output folder: ${file}`);
  return target;
}
