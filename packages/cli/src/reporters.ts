import path from 'node:path';
import { formatDiagnostic, type BuildReport, type Diagnostic } from '@guidekit/core';
import { summaryLine } from './print.js';

/** How `guidekit build` reports: lines for a person, JSON for a program, annotations for GitHub Actions. */
export interface ReportStyle {
  json: boolean;
  reporter: 'default' | 'github';
  /** Nothing for a build that succeeded; the problems and the closing line of one that failed. */
  quiet: boolean;
  /** Stage timings after the summary line. */
  verbose: boolean;
  /** The content folder, to name files relative to the current folder in annotations. */
  root: string;
}

/** Prints what a build did, in the chosen style. */
export function printReport(report: BuildReport, style: ReportStyle): void {
  if (style.json) {
    process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    return;
  }
  printProblems(report.diagnostics, style, !report.ok);
  if (report.ok && style.quiet) return;
  (report.ok ? process.stdout : process.stderr).write(`${summaryLine(report)}\n`);
  if (style.verbose) process.stdout.write(`${timingsLine(report.timings)}\n`);
}

/** Prints problems found before a build could start (a config that does not load, a missing folder). */
export function printStopped(diagnostics: Diagnostic[], kind: 'content' | 'usage', style: ReportStyle): void {
  if (style.json) {
    process.stdout.write(`${JSON.stringify({ ok: false, stopped: kind, diagnostics: diagnostics.map(diagnosticJson) }, null, 2)}\n`);
    return;
  }
  printProblems(diagnostics, style, true);
}

/** Problems, one line each; `--quiet` leaves out the warnings of a build that succeeded. */
function printProblems(diagnostics: Diagnostic[], style: ReportStyle, failed: boolean): void {
  for (const d of diagnostics) {
    if (style.quiet && !failed && d.severity !== 'error') continue;
    process.stderr.write(`${formatDiagnostic(d)}\n`);
    if (style.reporter === 'github') process.stdout.write(`${annotation(d, style.root)}\n`);
  }
}

/** The report as JSON: counts, files, timings and every diagnostic with its place. */
export function reportJson(report: BuildReport) {
  return {
    ok: report.ok,
    outDir: report.outDir,
    pages: report.pages,
    files: report.files,
    written: report.written,
    removed: report.removed,
    errors: report.errors,
    warnings: report.warnings,
    timings: report.timings,
    diagnostics: report.diagnostics.map(diagnosticJson),
  };
}

/** A diagnostic as JSON: every field, `null` where it is not known. */
export function diagnosticJson(d: Diagnostic) {
  return { file: d.file ?? null, line: d.line ?? null, column: d.column ?? null, severity: d.severity, rule: d.rule, message: d.message, hint: d.hint ?? null };
}

/** A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message`. */
export function annotation(d: Diagnostic, root: string): string {
  const props: string[] = [];
  if (d.file) props.push(`file=${escapeProperty(path.relative(process.cwd(), path.resolve(root, d.file)).split(path.sep).join('/'))}`);
  if (d.file && d.line !== undefined) props.push(`line=${d.line}`);
  if (d.file && d.column !== undefined) props.push(`col=${d.column}`);
  props.push(`title=${escapeProperty(`guidekit ${d.rule}`)}`);
  const message = d.hint ? `${d.message} (${d.hint})` : d.message;
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function timingsLine(t: BuildReport['timings']): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  return `stages: load ${ms(t.load)}, markdown ${ms(t.markdown)}, render ${ms(t.render)}, write ${ms(t.write)}; total ${ms(t.total)}`;
}
