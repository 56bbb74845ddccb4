/** How bad a problem is: errors fail the build, warnings fail it only with `strict`. */
export type Severity = 'error' | 'warning';

/** A problem found in the content, the config or the output folder, as data. */
export interface Diagnostic {
  severity: Severity;
  /** Path relative to the content folder (POSIX separators), or an absolute path outside it. */
  file?: string;
  /** 1-based line, when known. */
  line?: number;
  /** 1-based column, when known. */
  column?: number;
  /** Stable identifier of the rule that fired, e.g. `duplicate-number`. */
  rule: string;
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

/** A position inside a source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Control characters (a newline in a file name, say) shown as escapes: a diagnostic is always one line. */
function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Formats a diagnostic as `file:line:col: severity: message (hint)`, on one line; with `rule`, ` [rule-id]` after it. */
export function formatDiagnostic(d: Diagnostic, { rule = false }: { rule?: boolean } = {}): string {
  let where = d.file === undefined ? '' : oneLine(d.file);
  if (d.file && d.line !== undefined) {
    where += `:${d.line}`;
    if (d.column !== undefined) where += `:${d.column}`;
  }
  const hint = d.hint ? ` (${oneLine(d.hint)})` : '';
  return `${where ? `${where}: ` : ''}${d.severity}: ${oneLine(d.message)}${hint}${rule ? ` [${d.rule}]` : ''}`;
}

/** Collects diagnostics during a build and answers whether the build failed. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  /** Adds a diagnostic; one the bag already holds (a page shared by two locales) is added once. */
  add(d: Diagnostic): void {
    const key = `${d.rule}\u0000${formatDiagnostic(d)}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(d);
  }

  error(rule: string, message: string, at?: { file?: string } & Partial<SourcePosition>, hint?: string): void {
    this.add({ severity: 'error', rule, message, ...(hint ? { hint } : {}), ...at });
  }

  warn(rule: string, message: string, at?: { file?: string } & Partial<SourcePosition>, hint?: string): void {
    this.add({ severity: 'warning', rule, message, ...(hint ? { hint } : {}), ...at });
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  /** Diagnostics in a stable order: by file, line, column, then message. */
  sorted(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.message.localeCompare(b.message)
  );
}
