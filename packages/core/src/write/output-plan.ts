import fs from 'node:fs';
import path from 'node:path';
import { createOutputWriter, type OutputContent, type PieceLayout } from './write-output.js';

/** Makes a file's content; `holds` says whether its last version holds a piece, to be copied (see `OutputPiece`). */
export type ProduceOutput = (holds: (piece: string) => boolean) => OutputContent;

/**
 * The output files of one build, each under a key that changes whenever its bytes would: a file
 * is produced and written only when its key differs from the last build's.
 */
export interface OutputPlan {
  /**
   * Plans a file under `key`; produces and writes it when the key changed or the file went missing
   * (then true). `produce` is told which pieces the file's last version holds (see `OutputPiece`).
   */
  emit(file: string, key: string, produce: ProduceOutput): boolean;
  /** Whether `emit` would produce the file under `key`: for content that takes time to make, made beforehand only when needed. */
  stale(file: string, key: string): boolean;
  /** Plans a copy of a source file, keyed by its size and modification time. */
  copy(file: string, from: string): void;
  /** Plans a file under its last key without writing it: it is written after the build (`writeKept`). */
  keep(file: string): void;
  /** Writes a file kept for later (after `finish`), in place at once, and records its key. */
  writeKept(file: string, key: string, produce: ProduceOutput): void;
  /** Where a file this build wrote can be read before `finish` puts it in place (see `OutputWriter.pathOf`). */
  pathOf(file: string): string;
  /** Drops what this build wrote: the folder is left as it was. */
  abort(): void;
  /** Files written so far. */
  readonly written: string[];
  /** Every planned file and its key. */
  readonly keys: Map<string, string>;
  /** Where the pieces of each file written in pieces sit, for the next build. */
  readonly layouts: Map<string, PieceLayout>;
  /**
   * Puts every file written into place, removes the files of `existing` this build did not plan
   * (but those `ownedElsewhere` says another part of the build looks after) and marks the folder;
   * returns them and the marker's stamp.
   */
  finish(existing: string[], ownedElsewhere: (file: string) => boolean): Promise<{ removed: string[]; marker: string }>;
}

/**
 * Plans a build's output into `outDir` against the keys of the last build. With `verified`, those
 * keys are known to describe the folder exactly (an earlier build of this session wrote it), so
 * files are not checked for on disk. `layouts` are the last build's (see `OutputWriter.layouts`).
 */
export function createOutputPlan(
  outDir: string,
  previous: Map<string, string>,
  verified: boolean,
  layouts?: Map<string, PieceLayout>,
): OutputPlan {
  const writer = createOutputWriter(outDir, layouts);
  const write = (file: string, produce: ProduceOutput) => writer.write(file, produce((piece) => writer.holds(file, piece)));
  const keys = new Map<string, string>();
  const written: string[] = [];
  // A file removed from the output by hand (between runs) is written again even when its key is unchanged.
  const stale = (file: string, key: string) => !(previous.get(file) === key && (verified || fs.existsSync(path.join(outDir, file))));
  const emit: OutputPlan['emit'] = (file, key, produce) => {
    keys.set(file, key);
    if (!stale(file, key)) return false;
    written.push(file);
    write(file, produce);
    return true;
  };
  return {
    emit,
    stale,
    copy(file, from) {
      const stat = fs.statSync(from);
      emit(file, `${from}:${stat.size}:${stat.mtimeMs}`, () => ({ copyFrom: from }));
    },
    keep(file) {
      keys.set(file, previous.get(file) ?? '');
    },
    writeKept(file, key, produce) {
      write(file, produce);
      writer.commit();
      keys.set(file, key);
    },
    pathOf: (file) => writer.pathOf(file),
    abort: () => writer.abort(),
    written,
    keys,
    layouts: writer.layouts,
    async finish(existing, ownedElsewhere) {
      const removed = existing.filter((file) => !keys.has(file) && !ownedElsewhere(file)).sort();
      return { removed, marker: await writer.finish(removed) };
    },
  };
}
