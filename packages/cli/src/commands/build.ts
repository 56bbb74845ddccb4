import type { Command } from 'commander';
import { build } from '@guidekit/core';
import { printDiagnostics, summaryLine } from '../print.js';

/** `guidekit build [dir] [--out DIR] [--base PATH] [--drafts] [--strict] [--no-cache]` */
export function registerBuild(program: Command, setCode: (code: number) => void): void {
  program
    .command('build')
    .description('build the guide in DIR (default: the current folder) into its output folder')
    .argument('[dir]', 'content folder', '.')
    .option('-o, --out <dir>', 'output folder (default: dist inside the content folder, or the config outDir)')
    .option('-b, --base <path>', 'base path the site is served under, e.g. /guides/pm/')
    .option('--drafts', 'include pages marked draft: true')
    .option('--strict', 'treat warnings as errors')
    .option('--no-cache', 'build from scratch, without reading or writing the build cache')
    .action(async (dir: string, options: { out?: string; base?: string; drafts?: boolean; strict?: boolean; cache: boolean }) => {
      const report = await build({
        root: dir,
        outDir: options.out,
        base: options.base,
        drafts: options.drafts,
        strict: options.strict,
        cache: options.cache,
      });
      printDiagnostics(report.diagnostics);
      const line = summaryLine(report);
      (report.ok ? process.stdout : process.stderr).write(`${line}\n`);
      setCode(report.ok ? 0 : 1);
    });
}
