import type { Command } from 'commander';
import { Option } from 'commander';
import { build, GuidekitError } from '@guidekit/core';
import { startProgress } from '../progress.js';
import { printReport, printStopped, type ReportStyle } from '../reporters.js';

interface BuildCommandOptions {
  out?: string;
  base?: string;
  drafts?: boolean;
  strict?: boolean;
  portable?: boolean;
  zip?: boolean;
  epub?: boolean;
  cache: boolean;
  json?: boolean;
  reporter: 'default' | 'github';
  quiet?: boolean;
  verbose?: boolean;
}

/** `guidekit build [dir] [--out DIR] [--base PATH] [--drafts] [--strict] [--portable] [--zip] [--epub] [--no-cache] [--json] [--reporter github] [--quiet] [--verbose]` */
export function registerBuild(program: Command, setCode: (code: number) => void): void {
  program
    .command('build')
    .description('build the guide in DIR (default: the current folder) into its output folder')
    .argument('[dir]', 'content folder', '.')
    .option('-o, --out <dir>', 'output folder (default: dist inside the content folder, or the config outDir)')
    .option('-b, --base <path>', 'base path the site is served under, e.g. /guides/pm/')
    .option('--drafts', 'include pages marked draft: true')
    .option('--strict', 'treat warnings as errors')
    .option('--portable', 'build an edition that works opened from disk (file://) or from any folder of any server')
    .option('--zip', 'also write the output folder as guide.zip inside it')
    .option('--epub', 'also write the guide as an EPUB book, <title>.epub in the output folder')
    .option('--no-cache', 'build from scratch, without reading or writing the build cache')
    .option('--json', 'print the build report as JSON on stdout (pages, files, timings, diagnostics)')
    .addOption(new Option('--reporter <name>', 'also print problems as GitHub Actions annotations').choices(['default', 'github']).default('default'))
    .option('-q, --quiet', 'print nothing unless the build fails')
    .option('--verbose', 'print stage timings (and the stack of an internal error)')
    .action(async (dir: string, options: BuildCommandOptions) => {
      const style: ReportStyle = { json: !!options.json, reporter: options.reporter, quiet: !!options.quiet, verbose: !!options.verbose, root: dir };
      const stopProgress = options.json || options.quiet ? () => {} : startProgress('building');
      try {
        const report = await build({
          root: dir,
          outDir: options.out,
          base: options.base,
          drafts: options.drafts,
          strict: options.strict,
          portable: options.portable,
          zip: options.zip,
          epub: options.epub,
          cache: options.cache,
        });
        stopProgress();
        printReport(report, style);
        setCode(report.ok ? 0 : 1);
      } catch (error) {
        stopProgress();
        if (!(error instanceof GuidekitError) || (!style.json && style.reporter === 'default' && !style.quiet)) throw error;
        printStopped(error.diagnostics, error.kind, style);
        setCode(error.kind === 'usage' ? 2 : 1);
      }
    });
}
