import { spawnSync } from 'node:child_process';

/** What a git command answered: `ok` when it ran and exited 0. */
export interface GitOutput {
  ok: boolean;
  stdout: Buffer;
  stderr: Buffer;
}

/**
 * Runs git in the folder `root`, paths printed as they are (not quoted), with `input` on its
 * standard input. Not ok, with empty output, when git is not installed.
 */
export function runGit(root: string, args: string[], input?: string): GitOutput {
  const result = spawnSync('git', ['-C', root, '-c', 'core.quotePath=false', ...args], { input, maxBuffer: 1024 * 1024 * 1024 });
  return { ok: result.status === 0, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr ?? Buffer.alloc(0) };
}
