import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { inferConfig, type InferredConfig } from '@guidekit/core';
import { plural, printDiagnostics } from '../print.js';

/** `guidekit import [dir]`: recognise a guide written for another tool and write the config that names its layout. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('recognise the layout of the guide in DIR (an mdBook, a Docusaurus docs folder, a GitHub course…) and write the guidekit.config.js it implies')
    .argument('[dir]', 'content folder', '.')
    .action(async (dir: string) => {
      const inferred = await inferConfig(dir);
      const file = path.join(dir, 'guidekit.config.js');
      fs.writeFileSync(file, configText(inferred));
      printDiagnostics(inferred.diagnostics);
      const authors = inferred.authors.length ? `\n  authors: ${inferred.authors.join(', ')}` : '';
      process.stdout.write(
        `recognised ${inferred.layout} (${inferred.evidence}): "${inferred.config.title}", ${plural(inferred.pages, 'page')}\n` +
          `  order: ${inferred.order}${authors}\nwrote ${file}: \`guidekit build ${dir}\` builds the same site with it\n`,
      );
    });
}

/** The config file: what was inferred, each line editable, with where it came from above it. */
function configText({ config, evidence, order, authors }: InferredConfig): string {
  const lines = [
    `// Written by \`guidekit import\`, which recognised this layout by ${evidence}.`,
    `// Order of the pages: ${order}.`,
    ...(authors.length ? [`// Authors (book.toml): ${authors.join(', ')}; authors.yml may give them roles, bios and avatars.`] : []),
    "import { defineConfig } from 'guidekit';",
    '',
    'export default defineConfig({',
    ...Object.entries(config).map(([key, value]) => `  ${key}: ${JSON.stringify(value)},`),
    '});',
    '',
  ];
  return lines.join('\n');
}
