import path from 'node:path';
import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';

/** What the system's refusals mean, and what to do about them. */
const SYSTEM_ERRORS: Record<string, [reason: string, hint: string]> = {
  ENOSPC: ['the disk is full', 'free some space and build again'],
  EDQUOT: ['the disk quota is used up', 'free some space and build again'],
  EACCES: ['permission denied', 'check who owns the folder and its permissions'],
  EPERM: ['operation not permitted', 'check who owns the folder and its permissions'],
  EROFS: ['the file system is read-only', 'build into a folder you can write to (--out)'],
  EMFILE: ['too many files are open', 'raise the limit of open files (ulimit -n) and build again'],
  ENAMETOOLONG: ['a file name is too long', 'shorten the page or folder name'],
  EIO: ['the disk could not be read or written', 'check the disk'],
  ENOENT: ['a folder on the way is gone or cannot hold files', 'build into a folder on a disk you can write to (--out)'],
  ENOTDIR: ['a part of the path is a file, not a folder', 'build into a folder (--out)'],
};

/** Adds the problems of a failure while writing to `diagnostics`, or throws it again when it is an internal error. */
export function reportFailure(error: unknown, outDir: string, diagnostics: DiagnosticBag): void {
  const problems = failureDiagnostics(error, outDir);
  if (!problems) throw error;
  problems.forEach((d) => diagnostics.add(d));
}

/**
 * The problems a build that failed while writing reports: a template's failure as it was
 * reported, the system's refusal to read or write a file as one line naming the file and what to
 * do. Undefined for anything else: an internal error, which the caller lets through.
 */
export function failureDiagnostics(error: unknown, outDir: string): Diagnostic[] | undefined {
  if (error instanceof GuidekitError) return error.diagnostics;
  const { code, path: file, syscall } = error as NodeJS.ErrnoException;
  const known = code === undefined ? undefined : SYSTEM_ERRORS[code];
  if (!known) return undefined;
  const relative = file && path.relative(process.cwd(), file);
  const where = !file ? outDir : relative && !relative.startsWith('..') ? relative : file;
  const verb = syscall === 'mkdir' ? 'create' : syscall === 'open' || syscall === 'read' ? 'read or write' : 'write';
  return [{ severity: 'error', rule: 'output', file: where, message: `could not ${verb} ${where}: ${known[0]}; the output folder is as it was`, hint: known[1] }];
}
