// Bundles each stage's `deps.ts` (the third-party modules it loads) into one file in `dist/`,
// over what `tsc` wrote there: Node loads one file much faster than the few hundred it stands
// for. Run after `tsc -b`. A bundle is written only when its bytes change: the build cache's
// version follows the compiled files' times.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const core = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

for (const stage of ['discover', 'markdown']) {
  const { outputFiles } = await build({
    entryPoints: [path.join(core, 'src', stage, 'deps.ts')],
    outfile: path.join(core, 'dist', stage, 'deps.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS modules in the bundle (picomatch) require Node's own modules.
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
    logLevel: 'warning',
    write: false,
  });
  for (const { path: file, contents } of outputFiles) {
    const current = fs.existsSync(file) ? fs.readFileSync(file) : undefined;
    if (!current?.equals(contents)) fs.writeFileSync(file, contents);
  }
}
