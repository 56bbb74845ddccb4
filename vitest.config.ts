import os from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// CI asks for a JSON report too (TEST_REPORT_JSON=path) to print its closing summary line.
const jsonReport = process.env.TEST_REPORT_JSON;

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Guides built by tests keep their build caches out of the user's cache folder.
    env: { XDG_CACHE_HOME: path.join(os.tmpdir(), 'guidekit-test-cache') },
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
  },
});
