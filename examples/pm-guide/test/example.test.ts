import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildReport } from 'guidekit';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pm-guide-'));
let report: BuildReport;

beforeAll(async () => {
  report = await build({ root, outDir });
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const CHAPTERS = [
  'What Is Product Management?',
  'What Is a Software Product?',
  'Software Product Manager',
  'Product Owner',
  'Product Management Life Cycle',
  'Product Management Roadmap',
  'Product Management Software and Tools',
  'Product Backlog',
  'Product Management OKRs',
  'Product Requirements Documents',
  'Product Management Metrics and KPIs Explained',
  'Product Analytics',
  'Comprehensive Guide to Lean Product Management',
  'Best Product Management Resources for Product Managers',
  'Practical Product Management Templates',
  'FAQ',
  'Glossary of Product Management Terms',
];
const GROUP = 'software-product-manager/product-management-team-and-roles';
const ARTICLES = [
  'product-management-hierarchy',
  'team-and-roles',
  'role-of-a-product-management-lead',
  'role-of-a-product-management-specialist',
  'product-manager-vs-software-engineer',
  'technical-product-manager-vs-product-manager',
  'how-to-become-a-product-owner',
  'project-manager-vs-product-owner',
  'importance-of-the-product-owner',
];

const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
/** The visible text of an element, found by a fragment of its opening tag. */
function textOf(html: string, openTag: string, closeTag: string): string {
  const start = html.indexOf(openTag);
  expect(start, openTag).toBeGreaterThanOrEqual(0);
  const end = html.indexOf(closeTag, start);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
const chapterPath = (title: string) =>
  title.toLowerCase().replace(/[?.]/g, '').replace(/\s+/g, '-') + '/index.html';

describe('the product-management guide', () => {
  it('builds without errors or warnings', () => {
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('writes the home page, 17 chapters, the group, its nine articles, author pages and 404', () => {
    for (const file of ['index.html', '404.html', `${GROUP}/index.html`, 'authors/anna-grigoryan/index.html']) {
      expect(fs.existsSync(path.join(outDir, file)), file).toBe(true);
    }
    for (const title of CHAPTERS) expect(fs.existsSync(path.join(outDir, chapterPath(title))), title).toBe(true);
    for (const slug of ARTICLES) expect(fs.existsSync(path.join(outDir, GROUP, slug, 'index.html')), slug).toBe(true);
    expect(fs.readdirSync(path.join(outDir, 'authors')).length).toBeGreaterThanOrEqual(3);
  });

  it('shows "1. What Is Product Management?" through "17. Glossary…" in every chapter page\'s navigation', () => {
    const expected = CHAPTERS.map((title, i) => `${i + 1}. ${title}`);
    for (const title of CHAPTERS) {
      const nav = textOf(read(chapterPath(title)), '<nav id="sidebar"', '</nav>');
      let from = 0;
      for (const label of expected) {
        const at = nav.indexOf(label, from);
        expect(at, `${label} in ${title}`).toBeGreaterThan(-1);
        from = at + label.length;
      }
    }
  });

  it('ends "Product Manager vs. Software Engineer" with its author block and lists its group with itself marked', () => {
    const html = read(`${GROUP}/product-manager-vs-software-engineer/index.html`);
    expect(html).toContain('Product Manager vs. Software Engineer');
    expect(html).toContain('Anna Grigoryan');
    expect(html).toContain('Director of Product Management');
    expect(html).toContain('href="/pm/authors/anna-grigoryan/"');
    const marked = html.match(/<a [^>]*aria-current="page"[^>]*>([\s\S]*?)<\/a>/g) ?? [];
    expect(marked.length).toBeGreaterThanOrEqual(2);
    for (const link of marked) expect(link).toContain('Product Manager vs. Software Engineer');
    expect(html).toContain('Product Management Team and Roles');
  });

  it('rewrites relative .md links to page URLs under the base path and copies the diagram', () => {
    const html = read(`${GROUP}/product-manager-vs-software-engineer/index.html`);
    expect(html).toContain('src="/pm/software-product-manager/images/pm-vs-engineer.svg"');
    expect(fs.existsSync(path.join(outDir, 'software-product-manager/images/pm-vs-engineer.svg'))).toBe(true);
    expect(html).not.toMatch(/href="[^"]*\.md(#[^"]*)?"/);
  });
});
