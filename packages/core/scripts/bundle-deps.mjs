// Bundles each stage's `deps.ts` (the third-party modules it loads) into one file in `dist/`,
// over what `tsc` wrote there: Node loads one file much faster than the few hundred it stands
// for. Run after `tsc -b`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const core = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

for (const stage of ['discover', 'markdown']) {
  await build({
    entryPoints: [path.join(core, 'src', stage, 'deps.ts')],
    outfile: path.join(core, 'dist', stage, 'deps.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // CommonJS modules in the bundle (picomatch) require Node's own modules.
    banner: { js: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
