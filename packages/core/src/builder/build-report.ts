import { performance } from 'node:perf_hooks';
import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';

/** What a build did: pages and files written, problems found. `ok` is false when nothing was written. */
export interface BuildReport {
  ok: boolean;
  outDir: string;
  /** Built with `strict`: warnings count as errors. */
  strict: boolean;
  /** HTML pages the site has (content pages, author pages, 404). */
  pages: number;
  /** Files the site has in all. */
  files: number;
  /** Output files written (new or changed) and removed by this build. */
  written: string[];
  removed: string[];
  /** Source pages whose markdown was rendered, and HTML pages whose template was rendered. */
  renderedMarkdown: number;
  renderedPages: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** Milliseconds per stage, and in all. */
  timings: { load: number; markdown: number; render: number; write: number; total: number };
}

/** The parts of a report a build fills in as it goes: stage timings, counts, files. */
export type ReportFields = Partial<Omit<BuildReport, 'timings'>> & { timings?: Partial<BuildReport['timings']> };

/**
 * Starts timing a build: `lap()` returns the milliseconds since the last lap (a stage's time), and
 * `report` closes the build with its diagnostics and the time in all.
 */
export function startReport(outDir: string, strict: boolean, diagnostics: DiagnosticBag) {
  const started = performance.now();
  let last = started;
  return {
    lap(): number {
      const now = performance.now();
      const elapsed = now - last;
      last = now;
      return Math.round(elapsed);
    },
    report(ok: boolean, fields: ReportFields = {}): BuildReport {
      return {
        ok,
        outDir,
        strict,
        pages: 0,
        files: 0,
        written: [],
        removed: [],
        renderedMarkdown: 0,
        renderedPages: 0,
        ...fields,
        diagnostics: diagnostics.sorted(),
        errors: diagnostics.errors.length,
        warnings: diagnostics.warnings.length,
        timings: { load: 0, markdown: 0, render: 0, write: 0, ...fields.timings, total: performance.now() - started },
      };
    },
  };
}
