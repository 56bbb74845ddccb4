import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, loadGuide, type BuildReport } from 'guidekit';

// Issue #5's acceptance on the example guide: search index, sitemap, llms files, print page, and a
// glossary of at least 25 terms that the other chapters link to.

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-guide-authoring-'));
let report: BuildReport;

beforeAll(async () => {
  report = await build({ root, outDir, cache: false });
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
const GLOSSARY_URL = '/pm/glossary-of-product-management-terms/';

describe('the example guide', () => {
  it('writes the search index, sitemap, robots.txt, llms.txt, llms-full.txt and the print page', () => {
    expect(report.diagnostics).toEqual([]);
    const entry = JSON.parse(read('pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(28);
    expect(read('sitemap.xml')).toContain('<loc>https://guides.example.com/pm/faq/</loc>');
    expect(read('robots.txt')).toContain('Sitemap: https://guides.example.com/pm/sitemap.xml');
    expect(read('llms.txt')).toContain('- [17. Glossary of Product Management Terms](https://guides.example.com/pm/glossary-of-product-management-terms/)');
    const full = read('llms-full.txt');
    expect(full).toContain('# 3. Software Product Manager');
    expect(full).not.toMatch(/\]\([^)]*\.md[)#]/);
    expect(full).not.toContain('\nglossary: true\n');
    const print = read('print/index.html');
    for (const section of ['/what-is-product-management/', '/faq/', '/glossary-of-product-management-terms/']) {
      expect(print).toContain(`id="${section}"`);
    }
  });

  it('has a glossary of at least 25 terms, which the other chapters link to', async () => {
    const { guide } = await loadGuide(root);
    const glossary = read('glossary-of-product-management-terms/index.html');
    // Each term is a `##` heading of the glossary page.
    expect(glossary.match(/<h2 id="/g)!.length).toBeGreaterThanOrEqual(25);
    const linking = guide.pages.filter((page) => page.file !== guide.glossaryFile && read(`${page.path}index.html`).includes(`class="gk-term-link" href="${GLOSSARY_URL}#`));
    expect(linking.length).toBeGreaterThanOrEqual(15);
    expect(glossary).toContain('<nav class="gk-glossary-index" aria-label="Glossary from A to Z">');
    expect(glossary).not.toContain('gk-term-link');
  });

  it('gives the FAQ its FAQPage data', () => {
    const blocks = [...read('faq/index.html').matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]!));
    const faq = blocks.find((b) => b['@type'] === 'FAQPage');
    expect(faq.mainEntity.length).toBeGreaterThanOrEqual(10);
    for (const question of faq.mainEntity) expect(question.acceptedAnswer.text.length).toBeGreaterThan(20);
  });
});
