import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { build, GuidekitError, loadConfig } from '@guidekit/core';
import { findChromium } from '../pdf/find-chromium.js';
import { servedBase } from '../options.js';
import { printReport } from '../reporters.js';

/** The paper sizes Chromium prints on. */
const PAPER_SIZES = ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'Letter', 'Legal', 'Tabloid', 'Ledger'];

interface PdfCommandOptions {
  out: string;
  format: string;
  chromium?: string;
  build: boolean;
}

/** `guidekit pdf [dir] [--out FILE] [--format A4|Letter] [--chromium PATH] [--no-build]` */
export function registerPdf(program: Command, setCode: (code: number) => void): void {
  program
    .command('pdf')
    .description('build the guide in DIR and print its print page to a PDF with a headless Chromium')
    .argument('[dir]', 'content folder', '.')
    .option('-o, --out <file>', 'PDF file to write', 'guide.pdf')
    .addOption(new Option('--format <size>', 'paper size').choices(PAPER_SIZES).default('A4'))
    .option('--chromium <path>', 'Chromium or Chrome to print with (default: CHROMIUM_PATH, /usr/bin/chromium, or chromium or google-chrome in PATH)')
    .option('--no-build', 'print the guide as last built, without building it first')
    .action(async (dir: string, options: PdfCommandOptions) => {
      const chromium = findChromium(options.chromium);
      if (!chromium.found) {
        const message = `no Chromium found (tried ${chromium.tried.join(', ')}): install Chromium, or name one with --chromium PATH or CHROMIUM_PATH`;
        throw new GuidekitError([{ severity: 'error', rule: 'pdf', message }], 'usage');
      }
      // playwright-core is optional: a guide without it hears so before it waits for a build.
      const { printPdf, loadPlaywright } = await import('../pdf/print-pdf.js');
      await loadPlaywright();
      const config = await loadConfig(dir);
      if (options.build) {
        const report = await build({ root: dir });
        printReport(report, { json: false, reporter: 'default', quiet: true, verbose: false, root: dir });
        if (!report.ok) return setCode(1);
      } else if (!fs.existsSync(path.join(config.outDir, 'print', 'index.html'))) {
        throw new GuidekitError([{ severity: 'error', rule: 'pdf', message: `no built guide in ${config.outDir}: run \`guidekit build ${dir}\` first` }], 'usage');
      }
      const started = performance.now();
      const file = path.resolve(options.out);
      const { pages, bytes } = await printPdf({ outDir: config.outDir, base: servedBase(config), printPath: printPathOf(config), chromium: chromium.found, file, format: options.format });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`wrote ${path.relative(process.cwd(), file) || file} (${pages ? `${pages} pages, ` : ''}${Math.round(bytes / 1024)} KB) in ${seconds} s\n`);
      setCode(0);
    });
}

/** The default locale's print page, below the base. */
function printPathOf(config: Awaited<ReturnType<typeof loadConfig>>): string {
  const locale = config.locales[0];
  return `${locale ? locale.prefix : ''}print/`;
}
