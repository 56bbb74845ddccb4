import { spawnSync } from 'node:child_process';

/**
 * The date (`YYYY-MM-DD`) of the last commit that touched each file below `root`, by path
 * relative to it, from one `git log`. Nothing when `root` is not in a git repository or the clone
 * is shallow: a shallow clone knows only its last commit, and would date every file by it.
 */
export function readGitDates(root: string): Map<string, string> {
  const git = (...args: string[]) => spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const dates = new Map<string, string>();
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return dates;
  const log = git('log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.');
  if (log.status !== 0) return dates;
  let date: string | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\u0000')) date = line.slice(1);
    else if (line && date && !dates.has(line)) dates.set(line, date);
  }
  return dates;
}
