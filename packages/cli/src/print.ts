import { formatDiagnostic, type BuildReport, type Diagnostic } from '@guidekit/core';

/** Prints diagnostics to stderr, one `file:line:col: severity: message` line each. */
export function printDiagnostics(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
}

/** The line that closes every build: pages, warnings, errors and time. */
export function summaryLine(report: BuildReport): string {
  // Under --strict, warnings fail the build: the line says so.
  const strict = report.strict && report.warnings > 0 ? ' (errors under --strict)' : '';
  const counts = `${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${strict}`;
  const time = formatMs(report.timings.total);
  return report.ok
    ? `built ${plural(report.pages, 'page')} (${plural(report.files, 'file')}, ${report.written.length} written, ${report.removed.length} removed) in ${time}: ${counts} → ${report.outDir}`
    : `build failed in ${time}: ${counts}; ${report.outDir} left as it was`;
}

/** `1 page`, `2 pages`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `840 ms`, `1.25 s`. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
