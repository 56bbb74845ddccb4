import { spawn } from 'node:child_process';
import { InvalidArgumentError } from 'commander';

/** Parses `--port`: an integer from 0 (a free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('not a port number');
  return port;
}

/** The base path to serve a built guide under: its own, or the root for a portable build, which works under any. */
export function servedBase(config: { base: string; portable: boolean }): string {
  return config.portable ? '/' : config.base;
}

/** Opens `url` in the default browser, without waiting for it and ignoring a missing opener. */
export function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
}
