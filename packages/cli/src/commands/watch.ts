import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { createSession, formatDiagnostic, GuidekitError, type BuildReport } from '@guidekit/core';
import { openBrowser, parsePort } from '../options.js';
import { printDiagnostics, summaryLine } from '../print.js';
import type { BuildEvent } from '../watch/dev-server.js';

interface WatchOptions {
  out?: string;
  base?: string;
  drafts?: boolean;
  port: number;
  host: string;
  open?: boolean;
}

/** Milliseconds of quiet before a rebuild, so a burst of saves builds once. */
const SETTLE_MS = 10;
/** How soon after a rebuild that followed an edit the folder is looked at once more. */
const RECHECK_MS = 120;
/** How often a content folder that is gone is looked for. */
const POLL_MS = 300;

/** `guidekit watch [dir]`: build, serve, rebuild on every change and reload the open pages. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .alias('dev')
    .description('build, serve on 127.0.0.1 and rebuild on every change, reloading open pages')
    .argument('[dir]', 'content folder', '.')
    .option('-o, --out <dir>', 'output folder (default: dist inside the content folder, or the config outDir)')
    .option('-b, --base <path>', 'base path the site is served under, e.g. /guides/pm/')
    .option('--drafts', 'include pages marked draft: true')
    .option('-p, --port <n>', 'port to serve on (default: a free one)', parsePort, 0)
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--open', 'open the guide in the browser')
    .action((dir: string, options: WatchOptions) => runWatch(dir, options));
}

async function runWatch(dir: string, options: WatchOptions): Promise<void> {
  // Loaded by this command alone: `guidekit build` starts without the watcher and the server.
  const [{ watch }, { startDevServer }] = await Promise.all([import('chokidar'), import('../watch/dev-server.js')]);
  // The search index and the print page are updated after each rebuild, without holding back the reload.
  // Watching serves the guide as a site: a config's `portable` is for `build`.
  const session = await createSession({ root: dir, outDir: options.out, base: options.base, drafts: options.drafts, portable: false, background: true });
  const { config } = session.builder;
  const first = await session.build();
  report(first);
  const server = await startDevServer({
    outDir: config.outDir,
    base: config.base,
    host: options.host,
    port: options.port,
    onMissingOutput: () => schedule(undefined),
  });

  // Rebuilds run one at a time; edits made meanwhile are gathered for the next one.
  const changedFiles = new Set<string>();
  let dirty = false;
  let lastEventAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let lastOk = first.ok;
  let stopped = false;
  const rebuild = async (): Promise<void> => {
    while (dirty) {
      dirty = false;
      const changed = [...changedFiles];
      changedFiles.clear();
      const event = await buildEvent(() => session.update(changed), config.base, lastOk);
      if (event) server.broadcast(event);
      if (event) lastOk = event.ok;
      if (!fs.existsSync(config.root)) awaitContentFolder();
    }
  };
  // A content folder that is removed (or renamed away) is waited for; once back, it is watched
  // again from the top, as the watcher lost it, and built.
  let waiting: (() => void) | undefined;
  const awaitContentFolder = () => {
    if (waiting || stopped) return;
    waiting = waitForFolder(config.root, () => {
      waiting = undefined;
      watcher.unwatch(config.root);
      watcher.add(config.root);
      schedule(config.root);
    });
  };
  const kick = () => {
    running ??= rebuild().finally(() => {
      running = undefined;
      if (dirty) kick();
      // The watcher drops a second change to one file within a few tens of milliseconds: look
      // again once things are quiet (a no-op when nothing changed).
      else if (Date.now() - lastEventAt < RECHECK_MS) schedule(undefined, RECHECK_MS);
    });
  };
  const schedule = (file: string | undefined, delay = SETTLE_MS) => {
    if (stopped) return;
    if (file) {
      changedFiles.add(path.resolve(file));
      lastEventAt = Date.now();
    }
    dirty = true;
    clearTimeout(timer);
    timer = setTimeout(kick, delay);
  };
  const outDir = path.resolve(config.outDir);
  const watcher = watch(session.builder.inputs, {
    ignoreInitial: true,
    ignored: (file) => file.startsWith(outDir) || /[\\/](node_modules|\.git)([\\/]|$)/.test(file),
  });
  watcher.on('all', (_event, file) => schedule(file));
  // A folder that goes while it is watched is a rebuild's business, not the watcher's.
  watcher.on('error', (error) => process.stderr.write(`watching: ${error instanceof Error ? error.message : String(error)}\n`));
  // Announced once every folder is watched, so no edit made after this line is missed.
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  process.stdout.write(`serving ${server.url} (Ctrl+C to stop)\n`);
  if (options.open) openBrowser(server.url);

  await new Promise<void>((resolve) => {
    const stop = async () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      stopped = true;
      clearTimeout(timer);
      waiting?.();
      await running;
      await watcher.close();
      await server.close();
      await session.close();
      process.stdout.write('stopped\n');
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Says that `dir` is gone and calls `onBack` once it is there again; returns a function that stops waiting. */
function waitForFolder(dir: string, onBack: () => void): () => void {
  process.stderr.write(`the content folder ${dir} is gone: waiting for it to come back\n`);
  const timer = setInterval(() => {
    if (!fs.existsSync(dir)) return;
    clearInterval(timer);
    process.stdout.write(`the content folder ${dir} is back\n`);
    onBack();
  }, POLL_MS);
  return () => clearInterval(timer);
}

/**
 * Runs one rebuild, prints what happened and describes it for the browser; undefined for a
 * rebuild that changed nothing after a good one.
 */
async function buildEvent(run: () => Promise<BuildReport>, base: string, lastOk: boolean): Promise<BuildEvent | undefined> {
  try {
    const result = await run();
    if (result.ok && lastOk && result.written.length === 0 && result.removed.length === 0) return undefined;
    report(result);
    if (!result.ok) return { ok: false, errors: result.diagnostics.map((d) => formatDiagnostic(d)), changed: [], reloadAll: false };
    const touched = [...result.written, ...result.removed];
    return {
      ok: true,
      errors: [],
      changed: touched.filter((f) => f.endsWith('.html')).map((f) => base + f.replace(/(^|\/)index\.html$/, '$1')),
      reloadAll: touched.some((f) => /\.(css|js)$/.test(f)),
    };
  } catch (error) {
    if (!(error instanceof GuidekitError)) throw error;
    printDiagnostics(error.diagnostics);
    return { ok: false, errors: error.diagnostics.map((d) => formatDiagnostic(d)), changed: [], reloadAll: false };
  }
}

function report(result: BuildReport): void {
  printDiagnostics(result.diagnostics);
  const line = summaryLine(result);
  (result.ok ? process.stdout : process.stderr).write(`${line}\n`);
}
