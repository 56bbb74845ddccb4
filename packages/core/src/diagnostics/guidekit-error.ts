import type { Diagnostic } from './diagnostic.js';

/**
 * Thrown by the public API when it cannot go on: carries the diagnostics that explain why,
 * so callers print them instead of a stack trace.
 */
export class GuidekitError extends Error {
  readonly diagnostics: Diagnostic[];
  /** `usage` for a problem with how guidekit was called (bad option, unsafe output folder). */
  readonly kind: 'content' | 'usage';

  constructor(diagnostics: Diagnostic[], kind: 'content' | 'usage' = 'content') {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'GuidekitError';
    this.diagnostics = diagnostics;
    this.kind = kind;
  }
}
