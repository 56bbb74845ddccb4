import fs from 'node:fs';
import { GuidekitError } from '@guidekit/core';
import type { Browser } from 'playwright-core';

/** What to print, with what, and where to. */
export interface PdfOptions {
  /** The built guide, and the base path it was built for. */
  outDir: string;
  base: string;
  /** The print page's path below the base. */
  printPath: string;
  /** The Chromium executable (see `findChromium`). */
  chromium: string;
  /** The PDF file to write. */
  file: string;
  /** Paper size: `A4`, `Letter`… (playwright's `format`). */
  format: string;
}

/** A large guide's print page takes a while to load and print. */
const TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Serves the built guide on 127.0.0.1 as a static host would, opens its print page in a headless
 * Chromium and saves it as a PDF (with bookmarks from its headings), through a temporary file.
 * playwright-core is loaded here, by the one command that prints.
 */
export async function printPdf(options: PdfOptions): Promise<{ pages?: number; bytes: number }> {
  const { chromium } = await loadPlaywright();
  const [{ listen }, { createStaticHandler }] = await Promise.all([import('../serve/listen.js'), import('../serve/static-site.js')]);
  const server = await listen(createStaticHandler({ outDir: options.outDir, base: options.base }), '127.0.0.1', 0);
  let browser: Browser | undefined;
  try {
    // Chromium's sandbox refuses to start as root (containers, CI).
    const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    browser = await chromium.launch({ executablePath: options.chromium, args, timeout: TIMEOUT_MS }).catch((error: unknown) => {
      const why = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new GuidekitError([{ severity: 'error', rule: 'pdf', message: `could not start Chromium at ${options.chromium}: ${why}` }], 'usage');
    });
    const page = await browser.newPage();
    const url = `${server.origin}${options.base}${options.printPath}`;
    const response = await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (!response?.ok()) throw new GuidekitError([{ severity: 'error', rule: 'pdf', message: `the print page answered ${response?.status()}: ${url}` }]);
    await page.evaluate('document.fonts.ready');
    const pdf = await page.pdf({ format: options.format, printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    const temporary = `${options.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, pdf);
    fs.renameSync(temporary, options.file);
    return { pages: countPages(pdf), bytes: pdf.length };
  } finally {
    await browser?.close();
    await server.close();
  }
}

/** playwright-core, or a usage error saying how to install it. */
export async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    const message = 'guidekit pdf needs playwright-core, which is not installed: run `npm install --save-dev playwright-core` beside guidekit';
    throw new GuidekitError([{ severity: 'error', rule: 'pdf', message }], 'usage');
  }
}

/** The pages of a PDF Chromium wrote (its page objects are not compressed); undefined when none is seen. */
function countPages(pdf: Buffer): number | undefined {
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  return pages > 0 ? pages : undefined;
}
