import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { OutputPlan } from '../write/output-plan.js';
import type { WholeGuideOutput } from './whole-guide-outputs.js';

/**
 * The whole-guide outputs a watch build writes once it has returned, so the pages it wrote are
 * served first. The next build waits for them, and reports a failure as a warning.
 */
export interface LaterWrites {
  /** Writes the `outputs` whose key changed, after the event loop's next turn. */
  start(plan: OutputPlan, outputs: WholeGuideOutput[]): void;
  /** Waits for the writes under way, reporting a failure to `diagnostics`. */
  settle(diagnostics?: DiagnosticBag): Promise<void>;
}

export function createLaterWrites(): LaterWrites {
  let writing: Promise<void> | undefined;
  let problem: string | undefined;
  return {
    start(plan, outputs) {
      const later = outputs.filter((output) => plan.keys.get(output.file) !== output.key);
      if (later.length === 0) return;
      writing = (async () => {
        await nextTurn();
        for (const output of later) plan.writeKept(output.file, output.key, output.produce);
      })().catch((error: unknown) => {
        problem = error instanceof Error ? error.message : String(error);
      });
    },
    async settle(diagnostics) {
      await writing;
      if (problem) diagnostics?.warn('whole-guide-output', `print page or llms-full.txt not updated: ${problem}`);
      problem = undefined;
    },
  };
}
