import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';

// CI asks for a JSON report too (TEST_REPORT_JSON=path) to print its closing summary line.
const jsonReport = process.env.TEST_REPORT_JSON;

// The browser tests need Chromium. Without it they are skipped with one line saying so, except
// on CI (CI=true), where they run and fail: CI must never pass without them.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onCi = !['', '0', 'false'].includes(process.env.CI ?? '');
const skipBrowserTests = !fs.existsSync(chromium) && !onCi;
if (skipBrowserTests) {
  console.warn(
    `browser tests skipped: no Chromium at ${chromium} (install it, e.g. \`apt-get install chromium\`, or set CHROMIUM_PATH to one)`,
  );
}

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'bench/test/**/*.test.ts'],
    exclude: skipBrowserTests ? [...configDefaults.exclude, '**/*.browser.test.ts'] : configDefaults.exclude,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Guides built by tests keep their build caches out of the user's cache folder.
    env: { XDG_CACHE_HOME: path.join(os.tmpdir(), 'guidekit-test-cache') },
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
  },
});
