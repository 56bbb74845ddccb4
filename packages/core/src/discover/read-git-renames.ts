import { spawnSync } from 'node:child_process';

/**
 * Each file below `root` that git saw renamed, and the name it was given (the latest rename of
 * it), by paths relative to `root`. Empty outside a git repository.
 */
export function readGitRenames(root: string): Map<string, string> {
  const log = spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', 'log', '--format=', '--name-status', '-M', '--diff-filter=R', '--relative', '--', '.'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const renames = new Map<string, string>();
  if (log.status !== 0) return renames;
  for (const line of log.stdout.split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from && to && !renames.has(from)) renames.set(from, to);
  }
  return renames;
}
