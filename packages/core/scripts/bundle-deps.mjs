// Bundles each stage's `deps.ts` (the third-party modules it loads) into one file in `dist/`,
// over what `tsc` wrote there: Node loads one file much faster than the few hundred it stands
// for. Beside each bundle, `deps.js.LICENSE.txt` holds the licences of the packages in it. Run
// after `tsc -b`. Files are written only when their bytes change: the build cache's version
// follows the compiled files' times.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const core = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

for (const stage of ['discover', 'markdown']) {
  const outfile = path.join(core, 'dist', stage, 'deps.js');
  const { outputFiles, metafile } = await build({
    entryPoints: [path.join(core, 'src', stage, 'deps.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS modules in the bundle (picomatch) require Node's own modules.
    banner: {
      js: "// Third-party code: see deps.js.LICENSE.txt beside this file.\nimport { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);",
    },
    logLevel: 'warning',
    metafile: true,
    write: false,
  });
  for (const { path: file, contents } of outputFiles) writeIfChanged(file, contents);
  writeIfChanged(`${outfile}.LICENSE.txt`, Buffer.from(licences(Object.keys(metafile.inputs))));
  // tsc's source map was of the file the bundle replaced.
  fs.rmSync(`${outfile}.map`, { force: true });
}

/** The licence of every package the bundled files come from, by name and version. */
function licences(inputs) {
  const packages = new Map();
  for (const input of inputs) {
    for (let dir = path.dirname(path.resolve(input)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const manifest = path.join(dir, 'package.json');
      if (!dir.includes(`${path.sep}node_modules${path.sep}`) || !fs.existsSync(manifest)) continue;
      const { name, version, license } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      if (!name) continue;
      const file = fs.readdirSync(dir).find((entry) => /^licen[cs]e/i.test(entry));
      packages.set(`${name}@${version}`, { license, text: file ? fs.readFileSync(path.join(dir, file), 'utf8').trim() : '' });
      break;
    }
  }
  return [...packages]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, { license, text }]) => `${id} (${license ?? 'see its package'})\n\n${text}\n`)
    .join('\n---\n\n');
}

function writeIfChanged(file, contents) {
  const current = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  if (!current?.equals(contents)) fs.writeFileSync(file, contents);
}
