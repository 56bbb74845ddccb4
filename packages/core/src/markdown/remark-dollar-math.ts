import type { Processor } from 'unified';
import { remarkMath } from './deps.js';

/** micromark's character codes: `null` at the end, negative for tabs, virtual spaces and line endings. */
type Code = number | null;
type State = (code: Code) => State | undefined;
interface Effects {
  consume(code: Code): void;
}
interface Construct {
  tokenize(this: unknown, effects: Effects, ok: State, nok: State): State;
}

const DOLLAR = 36;

/**
 * `remark-math` for remark's own parser, reading single dollars as the fast parser does (see
 * `markdownItMath`): `$` opens math only before a non-space, and the next `$` closes it only after a
 * non-space and not before a digit, so "$5 and $10" stays text. `$$…$$` and `$$` blocks are read
 * as remark-math reads them.
 */
export function remarkDollarMath(this: Processor): void {
  remarkMath.call(this);
  const extensions = this.data('micromarkExtensions')!;
  const syntax = extensions[extensions.length - 1] as unknown as { text: Record<number, Construct> };
  syntax.text[DOLLAR] = pandocDollars(syntax.text[DOLLAR]!);
}

/** remark-math's inline math construct, refusing single-dollar math that Pandoc's rule does not take. */
function pandocDollars(construct: Construct): Construct {
  return {
    ...construct,
    tokenize(effects, ok, nok) {
      const seen: Code[] = [];
      const watched: Effects = Object.assign(Object.create(effects) as Effects, {
        consume(code: Code) {
          seen.push(code);
          effects.consume(code);
        },
      });
      const close: State = (code) => {
        const single = seen[0] === DOLLAR && seen[1] !== DOLLAR;
        if (single && (isSpace(seen[1]!) || isSpace(seen[seen.length - 2]!) || isDigit(code))) return nok(code);
        return ok(code);
      };
      return construct.tokenize.call(this, watched, close, nok);
    },
  };
}

function isSpace(code: Code): boolean {
  return code === null || code < 0 || code === 32;
}

function isDigit(code: Code): boolean {
  return code !== null && code >= 48 && code <= 57;
}
