import { runGit } from './run-git.js';

/** The dates read for each content folder, with the commit they were read at: a watch session reads them again only after a commit. */
const known = new Map<string, { head: string; dates: Map<string, string> }>();

/**
 * The date (`YYYY-MM-DD`) of the last commit that touched each file below `root`, by path
 * relative to it, from one `git log`. Nothing when `root` is not in a git repository or the clone
 * is shallow: a shallow clone knows only its last commit, and would date every file by it.
 */
export function readGitDates(root: string): Map<string, string> {
  const git = (...args: string[]) => runGit(root, args);
  const state = git('rev-parse', '--is-shallow-repository', 'HEAD');
  const [shallow, head = ''] = state.stdout.toString().trim().split('\n');
  if (!state.ok || shallow !== 'false') return new Map();
  const cached = known.get(root);
  if (cached?.head === head) return cached.dates;
  const log = git('log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.');
  const dates = new Map<string, string>();
  if (!log.ok) return dates;
  let date: string | undefined;
  for (const line of log.stdout.toString().split('\n')) {
    if (line.startsWith('\u0000')) date = line.slice(1);
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  known.set(root, { head, dates });
  return dates;
}
