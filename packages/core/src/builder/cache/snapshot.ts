import type { BuildState } from './build-state.js';

/**
 * What a build state looked like when it was last read from or written to its cache file, by
 * reference: a save that would write the same is skipped.
 */

/** What a cache file holds, by reference: a re-parsed or re-rendered page is a new entry object. */
export interface Snapshot {
  marker: string;
  structure?: string;
  sources: Map<string, { entry: object; stamp: string }>;
  markdown: Map<string, object>;
  outputs: Map<string, string>;
  published?: object;
}

export function snapshot(marker: string, state: BuildState): Snapshot {
  return {
    marker,
    structure: state.structure,
    sources: new Map([...state.sources].map(([file, entry]) => [file, { entry, stamp: entry.stamp }])),
    markdown: new Map(state.markdown),
    outputs: new Map(state.outputs),
    published: state.published,
  };
}

/** True when saving `state` with `marker` would write what `before` describes. */
export function unchanged(before: Snapshot | undefined, marker: string, state: BuildState): boolean {
  if (!before || before.marker !== marker || before.structure !== state.structure || before.published !== state.published) return false;
  return (
    sameEntries(before.sources, state.sources, (was, now) => was.entry === now && was.stamp === now.stamp) &&
    sameEntries(before.markdown, state.markdown, (was, now) => was === now) &&
    sameEntries(before.outputs, state.outputs ?? new Map<string, string>(), (was, now) => was === now)
  );
}

function sameEntries<A, B>(before: Map<string, A>, now: Map<string, B>, same: (was: A, now: B) => boolean): boolean {
  if (before.size !== now.size) return false;
  for (const [key, was] of before) {
    const value = now.get(key);
    if (value === undefined || !same(was, value)) return false;
  }
  return true;
}
