import type { NavItem } from '../navigation/navigation.js';

/** Entries in a run at most, and where runs are cut: see `createNavRuns`. */
const CHUNK = 32;

/**
 * The `navRuns` filter: splits a list of sidebar entries into runs for `memo` to render once per
 * build. Consecutive entries off the page's branch (`active` false: the same objects on every
 * page) make one run, which is the same array on every page that lists them; an entry on the
 * branch is a run of its own. A theme that loops over `items | navRuns` and wraps each run in
 * `{% memo run %}` renders a page's chapter list as a few strings, not an entry at a time: with
 * hundreds of chapters, the loop over entries took most of the time spent in templates.
 *
 * Runs are also cut at every `CHUNK`th place in the list. Without the cuts, each chapter's pages
 * would split the list in a pair of runs of their own, and the renderings kept would grow with
 * the square of the chapters; with them, the runs away from the page's branch are the same on
 * every page, and each chapter adds two short ones.
 */
export function createNavRuns(): (items?: NavItem[]) => NavItem[][] {
  // The runs handed out, by first entry and length: a run is handed out again only if its
  // entries are the same objects.
  const known = new WeakMap<NavItem, Map<number, NavItem[]>>();
  const shared = (items: NavItem[], start: number, end: number): NavItem[] => {
    const first = items[start]!;
    let byLength = known.get(first);
    if (!byLength) known.set(first, (byLength = new Map()));
    const run = byLength.get(end - start);
    if (run?.every((item, i) => item === items[start + i])) return run;
    const made = items.slice(start, end);
    byLength.set(made.length, made);
    return made;
  };
  return (items = []) => {
    const runs: NavItem[][] = [];
    let start = 0;
    items.forEach((item, i) => {
      if (i > start && (item.active || i % CHUNK === 0)) {
        runs.push(shared(items, start, i));
        start = i;
      }
      if (item.active) {
        runs.push([item]);
        start = i + 1;
      }
    });
    if (items.length > start) runs.push(shared(items, start, items.length));
    return runs;
  };
}
