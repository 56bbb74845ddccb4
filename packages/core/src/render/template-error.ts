import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isInside } from '../support/is-inside.js';

/** nunjucks' `(file) [Line L, Column C]` in front of what went wrong. */
const PLACE = /^\((.*?)\)(?: \[Line (\d+), Column (\d+)\])?\n\s*([\s\S]*)$/;

/**
 * A template's failure as a problem of the build: the template file (relative to the content
 * folder when it is the guide's own) and its line, what went wrong, and the page being rendered.
 */
export function templateError(cause: unknown, template: string, pageUrl: string, root: string): Diagnostic {
  const text = cause instanceof Error ? cause.message : String(cause);
  const match = PLACE.exec(text);
  const where = match?.[1] && path.isAbsolute(match[1]) ? match[1] : undefined;
  const detail = (match?.[4] ?? text).replace(/^Error: /, '').split('\n')[0]!.trim();
  // nunjucks counts lines from 0 when a template runs, from 1 when it is parsed.
  const running = match?.[4]?.startsWith('Error: ') ?? false;
  const line = match?.[2] === undefined ? undefined : Number(match[2]) + (running ? 1 : 0);
  const own = where !== undefined && isInside(root, where);
  return {
    severity: 'error',
    rule: 'template',
    file: where && (own ? path.relative(root, where).split(path.sep).join('/') : where),
    ...(line === undefined ? {} : { line, column: match?.[3] === undefined ? 1 : Number(match[3]) }),
    message: `template ${template} failed while rendering ${pageUrl}: ${detail}`,
    ...(own ? { hint: "fix it, or remove your override to use the theme's" } : {}),
  };
}
