import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { build, createSession, inferConfig, loadGuide } from '../src/index.js';
import { contentFolder, snapshot, tempDir } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/layouts/', import.meta.url));

/** A copy of a layout fixture, which builds and imports may write into; the Docusaurus site's content folder is its `docs/`. */
function copyOf(layout: string): string {
  const root = path.join(tempDir(), layout);
  fs.cpSync(path.join(FIXTURES, layout), root, { recursive: true });
  return layout === 'docs' ? path.join(root, 'docs') : root;
}

async function buildCopy(layout: string, sub = '') {
  const root = path.join(copyOf(layout), sub);
  const outDir = path.join(tempDir(), 'out');
  const report = await build({ root, outDir, cache: false });
  return { root, outDir, report, read: (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8') };
}

/** Each page's label, indented by depth, with its path. */
async function outline(root: string): Promise<string[]> {
  const { guide } = await loadGuide(root);
  return guide.pages.map((p) => `${'  '.repeat(p.depth)}${p.label} → /${p.path}`);
}

const messages = (diagnostics: { file?: string; line?: number; column?: number; message: string }[]) =>
  diagnostics.map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''}: ${d.message}`);

describe('an mdBook book', () => {
  it('is ordered, nested and numbered as its SUMMARY.md says, and named as its book.toml says', async () => {
    const root = copyOf('mdbook');
    expect(await outline(root)).toEqual([
      'Harbour Knots → /',
      '  Foreword → /foreword/',
      '  Part I: Basics → /part-i-basics/',
      '    1. Getting Started → /ch01-00-getting-started/',
      '      1.1. Installing → /ch01-01-installing/',
      '      1.2. Your First Knot → /ch01-02-first-knot/',
      '    2. Knots → /knots/',
      '      2.1. The Bowline → /knots/bowline/',
      '  Part II: Beyond → /part-ii-beyond/',
      '    3. Splicing → /ch03-00-splicing/',
      '  Terms → /appendix-terms/',
    ]);
    const { guide, layout, diagnostics } = await loadGuide(root);
    expect([layout.name, layout.evidence, guide.title, guide.lang]).toEqual(['mdbook', 'book.toml and src/SUMMARY.md', 'Harbour Knots', 'en']);
    expect([...guide.authors.values()].map((a) => a.name)).toEqual(['Ada Tern', 'Bo Gull']);
    expect(guide.byFile.get('src/ch03-00-splicing.md')!.authors).toEqual(['ada-tern', 'bo-gull']);
    // A page's only `##`, first, is its title; `{{#title}}` names the page.
    expect(guide.byFile.get('src/ch01-00-getting-started.md')!.title).toBe('Getting Started');
    expect(guide.byFile.get('src/knots/bowline.md')!.title).toBe('The Bowline Knot');
    expect(guide.byFile.has('src/not-in-summary.md')).toBe(false);
    expect(messages(diagnostics)).toEqual(['book.toml::: mdBook preprocessor knot-diagrams not run: what it adds shows as written']);
  });

  it('says where its book.toml and SUMMARY.md are wrong, and builds what they name', async () => {
    const root = contentFolder({
      'book.toml': '[book]\ntitle = "Broken\n',
      'src/SUMMARY.md': '# Summary\n\n- [One](one.md)\n- [Gone](gone.md)\n- [Again](one.md)\n',
      'src/one.md': '# One\n',
    });
    const { guide, diagnostics } = await loadGuide(root);
    expect(guide.pages.map((p) => p.label)).toEqual(['Guide', '1. One']);
    expect(messages(diagnostics)).toEqual([
      'book.toml:2:16: not valid TOML: control characters are not allowed in strings',
      'src/SUMMARY.md:4:1: chapter file not found: gone.md',
      'src/SUMMARY.md:5:1: Again: one.md is already a chapter; listed once',
    ]);
  });

  it('renders includes (whole, by anchor, by lines), rustdoc includes with their hidden lines, playgrounds and escaped links', async () => {
    const { report, read } = await buildCopy('mdbook');
    expect(report.ok).toBe(true);
    const installing = read('ch01-01-installing/index.html');
    expect(installing).toContain('greet');
    expect(installing).toContain('Ready to count knots.');
    expect(installing).not.toContain('ANCHOR');
    expect(installing).not.toContain('{{#include');
    const knot = read('ch01-02-first-knot/index.html');
    expect(knot).toContain('knots tied');
    expect(knot).not.toContain('fn main');
    expect(knot).toContain('// ANCHOR: greet');
    expect(knot).toContain('{{#include nothing.rs}}');
    expect(knot).not.toContain('\\{{#include');
    const bowline = read('knots/bowline/index.html');
    expect(bowline).toContain('loops');
    expect(bowline).not.toContain('unused');
  });

  it('resolves .html links to chapters, their anchors and index.html to the pages', async () => {
    const { report, read } = await buildCopy('mdbook');
    expect(report.diagnostics.filter((d) => d.severity === 'warning' && d.rule !== 'mdbook')).toEqual([]);
    const started = read('ch01-00-getting-started/index.html');
    expect(started).toContain('href="/ch01-01-installing/"');
    expect(started).toContain('href="/ch01-02-first-knot/#the-loop"');
    expect(read('ch01-02-first-knot/index.html')).toContain('href="/ch01-01-installing/#on-linux"');
    const bowline = read('knots/bowline/index.html');
    expect(bowline).toContain('href="/ch01-00-getting-started/"');
    expect(bowline).toContain('<a href="/">the start</a>');
  });

  it('reports an include of a folder, or of a link leading out of the book, where it is written, and builds', async () => {
    const root = copyOf('mdbook');
    const outside = path.join(tempDir(), 'secret.txt');
    fs.writeFileSync(outside, 'not part of the book\n');
    fs.symlinkSync(outside, path.join(root, 'src/linked.txt'));
    fs.appendFileSync(path.join(root, 'src/foreword.md'), '\n{{#include listings}}\n\n{{#include linked.txt}}\n');
    fs.mkdirSync(path.join(root, 'src/listings'));
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root, outDir, cache: false });
    expect(report.ok).toBe(true);
    expect(report.diagnostics.filter((d) => d.rule === 'include').map((d) => `${d.file}: ${d.message}`)).toEqual([
      'src/foreword.md: included file not found: listings',
      'src/foreword.md: included file not found: linked.txt',
    ]);
    expect(fs.readFileSync(path.join(outDir, 'foreword/index.html'), 'utf8')).not.toContain('not part of the book');
  });

  it('builds the same site from its src/ folder, book.toml read from the folder above', async () => {
    const whole = await buildCopy('mdbook');
    const src = await buildCopy('mdbook', 'src');
    expect(src.report.pages).toBe(whole.report.pages);
    expect(src.read('ch01-01-installing/index.html')).toBe(whole.read('ch01-01-installing/index.html'));
  });

  it('rebuilds a page when a file it includes changes', async () => {
    const root = copyOf('mdbook');
    const session = await createSession({ root, outDir: path.join(tempDir(), 'out') });
    try {
      const first = await session.build();
      expect(first.ok).toBe(true);
      const listing = path.join(root, 'listings/hello/src/main.rs');
      fs.writeFileSync(listing, fs.readFileSync(listing, 'utf8').replace('Ready to count knots.', 'Ready to tie.'));
      const second = await session.build();
      expect(second.written).toContain('ch01-01-installing/index.html');
      expect(fs.readFileSync(path.join(session.builder.config.outDir, 'ch01-01-installing/index.html'), 'utf8')).toContain('Ready to tie.');
    } finally {
      await session.close();
    }
  });

  it('rebuilds a page of src/ when a file it includes from beside src/ changes, without reloading the session', async () => {
    const book = copyOf('mdbook');
    const session = await createSession({ root: path.join(book, 'src'), outDir: path.join(tempDir(), 'out') });
    try {
      await session.build();
      const builder = session.builder;
      expect(builder.inputs).toContain(book);
      const listing = path.join(book, 'listings/hello/src/main.rs');
      fs.writeFileSync(listing, fs.readFileSync(listing, 'utf8').replace('Ready to count knots.', 'Ready to splice.'));
      const report = await session.update([listing]);
      expect(session.builder).toBe(builder);
      expect(report.written).toContain('ch01-01-installing/index.html');
    } finally {
      await session.close();
    }
  });
});

describe('a Docusaurus docs folder', () => {
  it('is ordered by _category_ and _meta.yml settings and sidebar_position, labelled by them, unordered pages last by file name as Docusaurus sorts them, and named by its docusaurus.config.js', async () => {
    const root = copyOf('docs');
    expect(await outline(root)).toEqual([
      'Lighthouse Log → /',
      '  1. Welcome → /welcome/',
      '  2. Tutorial - Basics → /tutorial-basics/',
      '    Create an entry → /tutorial-basics/create-an-entry/',
      '    Read an entry → /tutorial-basics/read-an-entry/',
      '    Share it → /tutorial-basics/deploy/',
      '  3. Extras → /tutorial-extras/',
      '    Storm entries → /tutorial-extras/storms/',
      '    In other languages → /in-other-languages/',
      '  4. Guides → /guides/',
      '    Winter → /guides/winter/',
      '  5. Reference → /reference/',
      '    Commands → /reference/commands/',
      '    Fields → /reference/fields/',
      '  Questions → /faq/',
    ]);
    const { guide, layout } = await loadGuide(root);
    expect([layout.name, layout.evidence]).toEqual(['docs', 'tutorial-basics/_category_.json']);
    expect(guide.title).toBe('Lighthouse Log');
    expect(guide.byDir.get('tutorial-basics')!.collapsed).toBe(false);
    expect(guide.byDir.get('tutorial-basics')!.description).toBe('Five minutes to a first log entry.');
    expect(guide.byDir.get('reference')!.collapsed).toBe(true);
  });

  it('reads .mdx as markdown: imports left out, one positioned warning for its JSX, extensionless links resolved', async () => {
    const { report, read } = await buildCopy('docs');
    expect(messages(report.diagnostics)).toEqual([
      'tutorial-basics/create-an-entry.mdx:11:1: <Tabs> is a JSX component, which guidekit cannot render: its text shows without it (import and export lines are left out)',
    ]);
    const page = read('tutorial-basics/create-an-entry/index.html');
    expect(page).not.toContain('@theme/Tabs');
    expect(page).toContain('href="/tutorial-basics/read-an-entry/"');
    expect(page).toContain('Note the wind.');
    // A folder whose settings say `collapsed: false` is open in every page's sidebar; the others are folded.
    const faq = read('faq/index.html');
    const sidebar = faq.slice(faq.indexOf('<nav id="sidebar"'), faq.indexOf('</nav>', faq.indexOf('<nav id="sidebar"')));
    const disclosureAfter = (href: string) => sidebar.slice(sidebar.indexOf(`href="${href}"`)).match(/<details( open)?>/)?.[0];
    expect(sidebar).toContain('href="/tutorial-basics/read-an-entry/"');
    expect(disclosureAfter('/tutorial-basics/')).toBe('<details open>');
    expect(disclosureAfter('/reference/')).toBe('<details>');
  });
});

describe('a GitHub course repository', () => {
  it('is ordered by its lesson folders, keeps quizzes, solutions and assignments under their lesson, and leaves translations out', async () => {
    const root = copyOf('course');
    expect(await outline(root)).toEqual([
      'Garden Course → /',
      '  1. Getting started → /getting-started/',
      '    Soil → /getting-started/soil/',
      '      Quiz → /getting-started/soil/quiz/',
      '      Solution → /getting-started/soil/solution/',
      '    Seeds → /getting-started/seeds/',
      '    Assignment: a garden plan → /getting-started/assignment/',
      '  2. Growing → /growing/',
      '    Water → /growing/water/',
      '    Light → /growing/light/',
      '      Assignment: measure the light → /growing/light/assignment/',
      '  3. Harvest → /harvest/',
    ]);
    const { guide, layout } = await loadGuide(root);
    expect([layout.name, guide.title]).toEqual(['course', 'Garden Course']);
    const { report, read } = await buildCopy('course');
    expect(report.diagnostics).toEqual([]);
    expect(read('getting-started/soil/index.html')).toContain('src="/getting-started/soil/images/soil.svg"');
    expect(read('index.html')).toContain('href="/getting-started/soil/"');
  });
});

describe('inferConfig (guidekit import)', () => {
  for (const layout of ['mdbook', 'docs', 'course']) {
    it(`infers a config for the ${layout} fixture that builds the same site`, async () => {
      const root = copyOf(layout);
      const inferred = await inferConfig(root);
      expect(inferred.config.layout).toBe(layout);
      const without = path.join(tempDir(), 'without');
      await build({ root, outDir: without, cache: false });
      const configText = `import { defineConfig } from 'guidekit';\nexport default defineConfig(${JSON.stringify(inferred.config)});\n`;
      fs.writeFileSync(path.join(root, 'guidekit.config.js'), configText);
      const withConfig = path.join(tempDir(), 'with');
      const report = await build({ root, outDir: withConfig, cache: false });
      expect(report.ok).toBe(true);
      expect(snapshot(withConfig)).toEqual(snapshot(without));
      await expect(inferConfig(root)).rejects.toMatchObject({ kind: 'usage' });
    });
  }
});

describe('config layout', () => {
  it('forces a layout, is checked against the known ones, and says when the forced one cannot be read', async () => {
    const book = copyOf('mdbook');
    fs.writeFileSync(path.join(book, 'guidekit.config.js'), "export default { layout: 'folders' };\n");
    const { guide, layout } = await loadGuide(book);
    expect(layout.name).toBe('folders');
    expect(guide.byFile.has('src/not-in-summary.md')).toBe(true);
    fs.writeFileSync(path.join(book, 'guidekit.config.js'), "export default { layout: 'hugo' };\n");
    await expect(loadGuide(book)).rejects.toMatchObject({
      diagnostics: [expect.objectContaining({ line: 1, message: "`layout` must be one of 'folders', 'mdbook', 'docs', 'course'" })],
    });
    const course = copyOf('course');
    fs.writeFileSync(path.join(course, 'guidekit.config.js'), "export default { layout: 'mdbook' };\n");
    expect(messages((await loadGuide(course)).diagnostics)).toEqual([
      "guidekit.config.js::: config `layout: 'mdbook'` needs a SUMMARY.md (or a book.toml beside a src/SUMMARY.md)",
    ]);
  });
});
