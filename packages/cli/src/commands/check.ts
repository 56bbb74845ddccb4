import type { Command } from 'commander';
import { Option } from 'commander';
import { check, formatDiagnostic, GuidekitError, type CheckReport } from '@guidekit/core';
import { startProgress } from '../progress.js';
import { annotation, diagnosticJson, printStopped } from '../reporters.js';
import { plural, formatMs } from '../print.js';

interface CheckCommandOptions {
  drafts?: boolean;
  external?: boolean;
  cache: boolean;
  json?: boolean;
  reporter: 'default' | 'github';
}

/** `guidekit check [dir] [--external] [--drafts] [--no-cache] [--json] [--reporter github]` */
export function registerCheck(program: Command, setCode: (code: number) => void): void {
  program
    .command('check')
    .description('report what an editor should fix in the guide in DIR (default: the current folder), without building it')
    .argument('[dir]', 'content folder', '.')
    .option('--external', 'also ask every external link whether it answers (answers are kept for a day)')
    .option('--drafts', 'include pages marked draft: true')
    .option('--no-cache', 'render every page, without reading or writing the build cache')
    .option('--json', 'print the findings as JSON on stdout')
    .addOption(new Option('--reporter <name>', 'print findings as GitHub Actions annotations').choices(['default', 'github']).default('default'))
    .action(async (dir: string, options: CheckCommandOptions) => {
      const stopProgress = options.json ? () => {} : startProgress(options.external ? 'checking (with external links)' : 'checking');
      try {
        const report = await check({ root: dir, drafts: options.drafts, external: options.external, cache: options.cache });
        stopProgress();
        printCheckReport(report, options, dir);
        setCode(report.ok ? 0 : 1);
      } catch (error) {
        stopProgress();
        if (!(error instanceof GuidekitError)) throw error;
        printStopped(error.diagnostics, error.kind, { json: !!options.json, reporter: options.reporter, quiet: false, verbose: false, root: dir });
        setCode(error.kind === 'usage' ? 2 : 1);
      }
    });
}

/** The findings, one `file:line:col: severity: message [rule-id]` line (or annotation) each, then a summary line. */
function printCheckReport(report: CheckReport, options: CheckCommandOptions, root: string): void {
  if (options.json) {
    const { ok, pages, errors, warnings, time } = report;
    process.stdout.write(`${JSON.stringify({ ok, pages, errors, warnings, time: Math.round(time), diagnostics: report.diagnostics.map(diagnosticJson) }, null, 2)}\n`);
    return;
  }
  for (const d of report.diagnostics) {
    process.stdout.write(`${options.reporter === 'github' ? annotation(d, root) : formatDiagnostic(d, { rule: true })}\n`);
  }
  const asked = options.external ? `, ${plural(report.asked, 'external link')} asked` : '';
  process.stdout.write(`checked ${plural(report.pages, 'page')} in ${formatMs(report.time)}${asked}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}\n`);
}
