import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { GuidekitError, VERSION } from '@guidekit/core';

/** The scaffold `init` copies. */
const TEMPLATE = fileURLToPath(new URL('../../template/', import.meta.url));
/** Names stored differently in the package (npm leaves out `.gitignore`, and dot folders are easy to lose). */
const RENAMES: Record<string, string> = { gitignore: '.gitignore', _github: '.github' };
/** The scaffold's title, replaced by one made from the folder's name. */
const TITLE = 'My Guide';

/** `guidekit init [dir]`: start a guide in a new or empty folder. */
export function registerInit(program: Command): void {
  program
    .command('init')
    .description('start a new guide in DIR (default: the current folder), which must be empty or new')
    .argument('[dir]', 'folder to create the guide in', '.')
    .option('-t, --title <title>', 'title of the guide (default: made from the folder name)')
    .action((dir: string, options: { title?: string }) => runInit(dir, options));
}

function runInit(dir: string, options: { title?: string }): void {
  const target = path.resolve(dir);
  if (fs.existsSync(target) && (!fs.statSync(target).isDirectory() || fs.readdirSync(target).length > 0)) {
    throw new GuidekitError(
      [
        {
          severity: 'error',
          rule: 'init',
          message: `refusing to create a guide in ${dir}: it is not an empty folder (name a new one, e.g. \`guidekit init my-guide\`)`,
        },
      ],
      'usage',
    );
  }
  const name = path.basename(target);
  const title = options.title ?? readable(name);
  const files = copyTemplate(TEMPLATE, target, title);
  const manifest = {
    name: packageName(name),
    private: true,
    type: 'module',
    scripts: { dev: 'guidekit watch', build: 'guidekit build', preview: 'guidekit preview', check: 'guidekit check' },
    devDependencies: { guidekit: `^${VERSION}` },
  };
  fs.writeFileSync(path.join(target, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const pm = /^(pnpm|yarn|bun)\//.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? 'npm';
  const steps = [...(target === process.cwd() ? [] : [`cd ${path.relative(process.cwd(), target) || '.'}`]), `${pm} install`, `${pm} run dev`];
  process.stdout.write(
    `created "${title}" in ${dir} (${files + 1} files)\n\nnext:\n${steps.map((s) => `  ${s}\n`).join('')}\n` +
      `\`${pm} run build\` builds it into dist/, \`${pm} run preview\` serves that build.\n`,
  );
}

/** Copies the scaffold, giving it `title`; returns the number of files written. */
function copyTemplate(from: string, to: string, title: string): number {
  let count = 0;
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, RENAMES[entry.name] ?? entry.name);
    if (entry.isDirectory()) {
      count += copyTemplate(source, target, title);
    } else {
      const text = /\.(md|js|yml)$/.test(entry.name) ? fs.readFileSync(source, 'utf8') : undefined;
      if (text === undefined) fs.copyFileSync(source, target);
      else fs.writeFileSync(target, text.replaceAll(TITLE, title));
      count++;
    }
  }
  return count;
}

/** `my-guide` → `My Guide`. */
function readable(name: string): string {
  const words = name.replace(/[-_.\s]+/g, ' ').trim();
  return words ? words.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()) : TITLE;
}

/** A valid npm package name made from a folder name. */
function packageName(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9._~-]+/g, '-')
      .replace(/^[-._]+|-+$/g, '') || 'my-guide'
  );
}
