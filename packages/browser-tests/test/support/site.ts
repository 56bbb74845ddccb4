import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from '@guidekit/core';
import { DESKTOP, launchBrowser } from './browser.js';
import { serveStatic, type StaticServer } from './serve.js';

/** A built example guide, served over HTTP, and a browser to read it with. */
export interface TestSite {
  browser: Browser;
  /** Absolute URL of a path below the site's base (`''` is the home page). */
  url(pathBelowBase?: string): string;
  close(): Promise<void>;
}

const EXAMPLES = fileURLToPath(new URL('../../../../examples/', import.meta.url));

/** Builds `examples/<name>` into a temporary folder, serves it under `base` and launches chromium. */
export function openSite(name: string, base: string): Promise<TestSite> {
  return openGuide(path.join(EXAMPLES, name), base);
}

/** Builds the guide in `root` into a temporary folder, serves it under `base` and launches chromium. */
export async function openGuide(root: string, base: string): Promise<TestSite> {
  const name = path.basename(root);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `guidekit-${name}-`));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(outDir, { recursive: true, force: true });
  };
  try {
    // No build cache: each run builds from scratch into a folder that is gone afterwards.
    const report = await build({ root, outDir, base, cache: false });
    if (!report.ok) throw new Error(`${name} did not build: ${report.diagnostics.map((d) => d.message).join('; ')}`);
    server = await serveStatic(outDir, base);
    browser = await launchBrowser();
  } catch (error) {
    await close();
    throw error;
  }
  const origin = server.origin;
  return { browser, url: (p = '') => `${origin}${base}${p}`, close };
}

/** An example guide opened for a test file (see {@link useExample}). */
export interface ExampleSite {
  /** The site, once the file's tests run. */
  readonly site: TestSite;
  /** Opens a page below the base in a light desktop context, or in `on`. */
  open(path: string, on?: BrowserContext): Promise<Page>;
}

/** Builds and serves `examples/<name>` before the test file's tests, with a light desktop context, and closes both after them. */
export function useExample(name: string, base: string): ExampleSite {
  let site: TestSite | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    site = await openSite(name, base);
    context = await site.browser.newContext({ viewport: DESKTOP, colorScheme: 'light' });
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });
  return {
    get site() {
      return site!;
    },
    async open(path, on = context!) {
      const page = await on.newPage();
      await page.goto(site!.url(path));
      return page;
    },
  };
}
