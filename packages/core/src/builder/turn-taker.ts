import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * How long pages are written without letting the event loop run: a search worker that has
 * indexed its bundle is heard, and handed the next, while the build writes on. Without it, the
 * worker sat idle until the last page (4 s of a core at 4000 pages).
 */
const TURN_MS = 20;

/** Returns a function that, once `TURN_MS` have passed since the last turn, waits for the event loop's next turn. */
export function turnTaker(): () => Promise<void> | undefined {
  let last = performance.now();
  return () => {
    if (performance.now() - last < TURN_MS) return undefined;
    return nextTurn().then(() => {
      last = performance.now();
    });
  };
}
