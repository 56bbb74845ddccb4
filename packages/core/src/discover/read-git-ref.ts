import { runGit as git } from './run-git.js';

/** The files of the content folder as a commit has them: each path (relative to the folder) and its blob id. */
export interface GitTree {
  commit: string;
  blobs: Map<string, string>;
}

/** Trees listed so far, by folder and commit: a commit's tree never changes, and a watch rebuild lists it once. */
const trees = new Map<string, GitTree>();

/**
 * The content folder `root` as the git branch, tag or commit `ref` has it (for a version read
 * from git), or why it cannot be read. Reads the repository only: nothing is checked out.
 */
export function readGitTree(root: string, ref: string): GitTree | string {
  if (ref.startsWith('-')) return `"${ref}" is not a git ref`;
  const resolved = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  if (!resolved.ok) {
    const inRepo = git(root, ['rev-parse', '--git-dir']).ok;
    return inRepo ? `the git ref "${ref}" is not in the repository (a shallow clone, or a branch not fetched?)` : 'the content folder is not in a git repository';
  }
  const commit = resolved.stdout.toString().trim();
  const key = `${root}\u0000${commit}`;
  let tree = trees.get(key);
  if (!tree) {
    const listing = git(root, ['ls-tree', '-r', '-z', commit, '--', '.']);
    if (!listing.ok) return `git could not list ${ref}: ${listing.stderr.toString().trim()}`;
    const blobs = new Map<string, string>();
    for (const entry of listing.stdout.toString().split('\u0000')) {
      // `<mode> <type> <id>\t<path>`: files only (no links, no submodules).
      const match = /^100[67]44 blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (match) blobs.set(match[2]!, match[1]!);
    }
    tree = { commit, blobs };
    trees.set(key, tree);
  }
  return tree;
}

/** The bytes of git blobs, by id, read with one `git cat-file --batch`. */
export function readGitBlobs(root: string, ids: Iterable<string>): Map<string, Buffer> {
  const wanted = [...new Set(ids)];
  const bytes = new Map<string, Buffer>();
  if (wanted.length === 0) return bytes;
  const out = git(root, ['cat-file', '--batch'], `${wanted.join('\n')}\n`).stdout;
  let at = 0;
  while (at < out.length) {
    // `<id> blob <size>\n<bytes>\n` for each id.
    const eol = out.indexOf(0x0a, at);
    const [id, type, size] = out.subarray(at, eol).toString().split(' ');
    if (type !== 'blob') {
      at = eol + 1;
      continue;
    }
    const start = eol + 1;
    bytes.set(id!, out.subarray(start, start + Number(size)));
    at = start + Number(size) + 1;
  }
  return bytes;
}
