import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { GuidekitError, loadConfig } from '@guidekit/core';
import { openBrowser, parsePort, servedBase } from '../options.js';

interface PreviewOptions {
  out?: string;
  base?: string;
  port: number;
  host: string;
  open?: boolean;
}

/** `guidekit preview [dir]`: serve a built guide under its base path, as a static host would. */
export function registerPreview(program: Command): void {
  program
    .command('preview')
    .alias('serve')
    .description('serve the built guide of DIR on 127.0.0.1 under its base path, as a static host would')
    .argument('[dir]', 'content folder', '.')
    .option('-o, --out <dir>', 'output folder to serve (default: dist inside the content folder, or the config outDir)')
    .option('-b, --base <path>', 'base path the site was built for (default: from the config)')
    .option('-p, --port <n>', 'port to serve on (default: a free one)', parsePort, 0)
    .option('--host <host>', 'address to serve on', '127.0.0.1')
    .option('--open', 'open the guide in the browser')
    .action((dir: string, options: PreviewOptions) => runPreview(dir, options));
}

async function runPreview(dir: string, options: PreviewOptions): Promise<void> {
  const config = await loadConfig(dir, { outDir: options.out, base: options.base });
  if (!fs.existsSync(path.join(config.outDir, 'index.html'))) {
    const shown = shownPath(config.outDir);
    throw new GuidekitError(
      [{ severity: 'error', rule: 'preview', message: `no built guide in ${shown}: run \`guidekit build ${dir}\` first` }],
      'usage',
    );
  }
  const [{ listen }, { createStaticHandler }] = await Promise.all([import('../serve/listen.js'), import('../serve/static-site.js')]);
  const base = servedBase(config);
  const server = await listen(createStaticHandler({ outDir: config.outDir, base }), options.host, options.port);
  const url = `${server.origin}${base}`;
  process.stdout.write(`serving ${shownPath(config.outDir)} at ${url} (Ctrl+C to stop)\n`);
  if (options.open) openBrowser(url);
  await new Promise<void>((resolve) => {
    const stop = async () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      await server.close();
      process.stdout.write('stopped\n');
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** A path as the user would type it: relative below the current folder, else absolute. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
