import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { GuidekitError, planVersionSnapshot } from '@guidekit/core';

/** `guidekit version <name> [dir]`: snapshot the current content as an older version. */
export function registerVersion(program: Command): void {
  program
    .command('version')
    .description('snapshot the content of DIR as version NAME: copy it into versions/NAME/ and list it first in versions.json')
    .argument('<name>', 'the version\'s name, its URL segment (e.g. 1.x)')
    .argument('[dir]', 'content folder', '.')
    .action((name: string, dir: string) => runVersion(name, dir));
}

async function runVersion(name: string, dir: string): Promise<void> {
  const snapshot = await planVersionSnapshot(dir, name);
  const target = path.join(snapshot.root, snapshot.folder);
  if (fs.existsSync(target)) {
    throw new GuidekitError([{ severity: 'error', rule: 'version', message: `${snapshot.folder}/ exists already: remove it or choose another name` }], 'usage');
  }
  // Copied beside its place, then moved in: a snapshot stopped half-way leaves no half version.
  const staging = path.join(path.dirname(target), `.${name}.${process.pid}.tmp`);
  try {
    for (const file of snapshot.files) {
      fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
      fs.copyFileSync(path.join(snapshot.root, file), path.join(staging, file));
    }
    fs.mkdirSync(staging, { recursive: true });
    fs.renameSync(staging, target);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  fs.writeFileSync(path.join(snapshot.root, 'versions.json'), `${JSON.stringify(snapshot.versions, null, 2)}\n`);
  process.stdout.write(
    `copied ${snapshot.files.length} files into ${snapshot.folder}/ and listed "${name}" in versions.json (${snapshot.versions.join(', ')})\n` +
      `the content folder stays the latest version, at the root of the site (its name in the version picker: config versions.current.label); "${name}" is published under /${name}/\n`,
  );
}
