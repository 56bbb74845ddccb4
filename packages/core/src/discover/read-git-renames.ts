import { runGit } from './run-git.js';

/**
 * Each file below `root` that git saw renamed, and the name it was given (the latest rename of
 * it), by paths relative to `root`. Empty outside a git repository.
 */
export function readGitRenames(root: string): Map<string, string> {
  const log = runGit(root, ['log', '--format=', '--name-status', '-M', '--diff-filter=R', '--relative', '--', '.']);
  const renames = new Map<string, string>();
  if (!log.ok) return renames;
  for (const line of log.stdout.toString().split('\n')) {
    const [status, from, to] = line.split('\t');
    if (status?.startsWith('R') && from && to && !renames.has(from)) renames.set(from, to);
  }
  return renames;
}
