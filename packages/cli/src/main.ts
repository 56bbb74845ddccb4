import { Command, CommanderError } from 'commander';
import { GuidekitError, VERSION } from '@guidekit/core';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerPdf } from './commands/pdf.js';
import { registerPreview } from './commands/preview.js';
import { registerVersion } from './commands/version.js';
import { registerWatch } from './commands/watch.js';
import { INTERNAL_ERROR, reportInternalError } from './internal-error.js';
import { printDiagnostics } from './print.js';

/** Exit codes of the `guidekit` command. */
export const EXIT = { ok: 0, contentError: 1, usage: 2, internal: INTERNAL_ERROR } as const;

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('guidekit')
    .description('Build fast, searchable, themeable guide websites from a folder of numbered chapters.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  let code: number = EXIT.ok;
  const setCode = (c: number) => {
    code = c;
  };
  registerInit(program);
  registerImport(program);
  registerBuild(program, setCode);
  registerCheck(program, setCode);
  registerWatch(program);
  registerPreview(program);
  registerVersion(program);
  registerPdf(program, setCode);
  for (const command of program.commands) {
    command.exitOverride().showHelpAfterError('(run with --help for usage)');
    // What an internal error's message offers works with every command.
    if (!command.options.some((option) => option.long === '--verbose')) command.option('--verbose', 'print the stack of an internal error');
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'];
      return quiet.includes(error.code) ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof GuidekitError) {
      printDiagnostics(error.diagnostics);
      return error.kind === 'usage' ? EXIT.usage : EXIT.contentError;
    }
    return reportInternalError(error, argv.includes('--verbose'));
  }
  if (argv.length === 0) {
    program.outputHelp();
  }
  return code;
}
