import { VERSION } from '@guidekit/core';

/** Exit code of an internal error: a bug in guidekit, not a problem in the guide or the command. */
export const INTERNAL_ERROR = 3;

/**
 * Reports an error guidekit did not expect: its message, a line asking for a report, and the
 * stack only when asked for with `--verbose`. Returns the exit code.
 */
export function reportInternalError(error: unknown, verbose: boolean, write: (text: string) => void = (t) => process.stderr.write(t)): number {
  const message = error instanceof Error ? error.message : String(error);
  write(`internal error: ${message}\n`);
  if (verbose && error instanceof Error && error.stack) write(`${error.stack}\n`);
  write(
    `This is a bug in guidekit ${VERSION}, not in your guide: please report it with the command you ran${verbose ? ' and the stack above' : ' (--verbose shows the stack)'}.\n`,
  );
  return INTERNAL_ERROR;
}
