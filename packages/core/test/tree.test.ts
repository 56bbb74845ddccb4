import { describe, expect, it } from 'vitest';
import { load, outline } from './helpers.js';

const page = (title: string, extra = '') => `---\ntitle: ${title}\n${extra}---\n\nText.\n`;

describe('numbering and ordering', () => {
  it('orders numbered siblings by number, unnumbered after them by title, and numbers chapters 1, 2, 3', async () => {
    const { guide, diagnostics } = await load({
      'index.md': page('Home'),
      'zeta.md': page('Zeta'),
      '10-ten.md': page('Ten'),
      '2_two.md': page('Two'),
      '1. One.md': page('One'),
      'alpha.md': page('Alpha'),
      '003 three.md': page('Three'),
    });
    expect(diagnostics).toEqual([]);
    expect(outline(guide.pages)).toEqual(['Home', '  1. One', '  2. Two', '  3. Three', '  4. Ten', '  Alpha', '  Zeta']);
    expect(guide.pages.map((p) => p.path)).toEqual(['', 'one/', 'two/', 'three/', 'ten/', 'alpha/', 'zeta/']);
  });

  it('lets front matter `order` override the file number', async () => {
    const { guide } = await load({ '01-a.md': page('A'), '02-b.md': page('B', 'order: 0\n'), 'c.md': page('C', 'order: 5\n') });
    expect(outline(guide.pages).slice(1)).toEqual(['  1. B', '  2. A', '  3. C']);
  });

  it('nests folders as groups, the folder page first, sub-topics in order', async () => {
    const { guide } = await load({
      '01-intro.md': page('Intro'),
      '02-roles/index.md': page('Roles'),
      '02-roles/02-lead.md': page('Lead'),
      '02-roles/01-team/README.md': page('Team'),
      '02-roles/01-team/01-pm.md': page('PM'),
    });
    expect(outline(guide.pages)).toEqual(['Guide', '  1. Intro', '  2. Roles', '    Team', '      PM', '    Lead']);
    expect(guide.pages.map((p) => p.kind)).toEqual(['home', 'chapter', 'chapter', 'group', 'article', 'article']);
    expect(guide.byFile.get('02-roles/01-team/01-pm.md')!.path).toBe('roles/team/pm/');
  });

  it('shows no numbers with config numbering: false, or below a folder whose page says so, keeping the order', async () => {
    const files = {
      '01-intro.md': page('Intro'),
      '02-roles/index.md': page('Roles', 'numbering: false\n'),
      '02-roles/02-lead.md': page('Lead'),
      '02-roles/01-team.md': page('Team'),
      '03-end.md': page('End'),
    };
    const sections = (guide: { pages: readonly { title: string; section: readonly number[] }[] }) => guide.pages.map((p) => `${p.section.join('.')} ${p.title}`);
    const numbered = (await load(files)).guide;
    expect(outline(numbered.pages)).toEqual(['Guide', '  1. Intro', '  2. Roles', '    Team', '    Lead', '  3. End']);
    expect(sections(numbered)).toEqual([' Guide', '1 Intro', '2 Roles', ' Team', ' Lead', '3 End']);
    const plain = (await load({ ...files, 'guidekit.config.js': 'export default { numbering: false };\n' })).guide;
    expect(outline(plain.pages)).toEqual(['Guide', '  Intro', '  Roles', '    Team', '    Lead', '  End']);
    expect(plain.pages.every((p) => p.number === undefined && p.section.length === 0)).toBe(true);
    const home = (await load({ ...files, 'index.md': page('Home', 'numbering: false\n') })).guide;
    expect(outline(home.pages)).toEqual(['Home', '  Intro', '  Roles', '    Team', '    Lead', '  End']);
    const wrong = await load({ ...files, 'index.md': page('Home', 'numbering: no way\n') });
    expect(wrong.diagnostics).toEqual([expect.objectContaining({ severity: 'error', file: 'index.md', line: 3, column: 12, message: '`numbering` must be a boolean, not string "no way"' })]);
  });

  it('errors on two siblings with the same number, naming both files', async () => {
    const { diagnostics } = await load({ '01-a.md': page('A'), '1-b.md': page('B') });
    expect(diagnostics).toMatchObject([
      { severity: 'error', rule: 'duplicate-number', file: '1-b.md', line: 1, column: 1 },
    ]);
    expect(diagnostics[0]!.message).toContain('01-a.md');
    expect(diagnostics[0]!.message).toContain('1-b.md');
  });
});

describe('titles', () => {
  it('takes front matter title, else the first # heading, else the file name made readable', async () => {
    const { guide } = await load({
      '01-a.md': '---\ntitle: From front matter\n---\n# Heading\n',
      '02-b.md': 'Intro\n\n```\n# not a heading\n```\n\n# The *real* heading\n',
      '03-c.md': 'Setext title\n============\n',
      '04-what-is-product_management.md': 'No heading here.\n',
    });
    expect(guide.pages.slice(1).map((p) => p.title)).toEqual([
      'From front matter',
      'The real heading',
      'Setext title',
      'What is product management',
    ]);
  });

  it('uses the description from front matter, else the first paragraph', async () => {
    const { guide } = await load({
      'a.md': '---\ndescription: Told.\n---\n# A\n\nBody.\n',
      'b.md': '# B\n\nFirst **paragraph** with a [link](a.md).\n\nSecond.\n',
    });
    expect(guide.pages.slice(1).map((p) => p.description)).toEqual(['Told.', 'First paragraph with a link.']);
  });
});

describe('slugs and URLs', () => {
  it('strips numbers, honours `slug`, and prefixes the base path', async () => {
    const { guide } = await load(
      {
        '03-software-product-manager/index.md': page('SPM'),
        '03-software-product-manager/05-pm-vs-engineer.md': page('PM vs engineer', 'slug: versus\n'),
        '04-owner.md': page('Owner', 'slug: /elsewhere/owner\n'),
      },
      { base: 'guides/pm' },
    );
    expect(guide.pages.map((p) => p.url)).toEqual([
      '/guides/pm/',
      '/guides/pm/software-product-manager/',
      '/guides/pm/software-product-manager/versus/',
      '/guides/pm/elsewhere/owner/',
    ]);
  });

  it('keeps letters of any script and percent-encodes them in links', async () => {
    const { guide, diagnostics } = await load({ '01 Über uns.md': '# Über uns\n', '02 produit été.md': '# Été\n' });
    expect(diagnostics).toEqual([]);
    expect(guide.pages.slice(1).map((p) => p.path)).toEqual(['über-uns/', 'produit-été/']);
    expect(guide.pages[1]!.url).toBe('/%C3%BCber-uns/');
  });

  it('errors when two pages land on one URL', async () => {
    const { diagnostics } = await load({ '01-intro.md': page('A'), 'intro.md': page('B') });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'duplicate-url', file: 'intro.md' }]);
    expect(diagnostics[0]!.message).toMatch(/01-intro\.md and intro\.md/);
  });

  it('rejects a slug that climbs out of the site', async () => {
    const { diagnostics } = await load({ 'a.md': '---\nslug: ../../etc\n---\nText.\n' });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'slug', file: 'a.md', line: 2, column: 7 }]);
  });
});

describe('folders and ignored files', () => {
  it('gives a folder without index.md or README.md a page listing its sub-topics', async () => {
    const { guide } = await load({ '01-tools/01-jira.md': page('Jira'), '01-tools/02-linear.md': page('Linear') });
    const tools = guide.byDir.get('01-tools')!;
    expect(tools.file).toBeUndefined();
    expect(tools.title).toBe('Tools');
    expect(tools.children.map((c) => c.title)).toEqual(['Jira', 'Linear']);
  });

  it('prefers index.md over README.md and warns about the README', async () => {
    const { guide, diagnostics } = await load({ 'a/index.md': page('Index'), 'a/README.md': page('Readme') });
    expect(guide.byDir.get('a')!.title).toBe('Index');
    expect(diagnostics).toMatchObject([{ severity: 'warning', rule: 'folder-page', file: 'a/README.md' }]);
  });

  it('leaves out _ and . names, node_modules, ignore globs and drafts (unless asked)', async () => {
    const files = {
      'keep.md': page('Keep'),
      '_partial.md': page('Partial'),
      '.hidden.md': page('Hidden'),
      'node_modules/pkg/readme.md': page('Pkg'),
      'notes/todo.md': page('Todo'),
      'draft.md': page('Draft', 'draft: true\n'),
    };
    const plain = await load({ ...files, 'guidekit.config.js': "export default { ignore: ['notes/**'] };" });
    expect(plain.guide.pages.slice(1).map((p) => p.title)).toEqual(['Keep']);
    const drafts = await load(files, { drafts: true });
    expect(drafts.guide.pages.slice(1).map((p) => p.title).sort()).toEqual(['Draft', 'Keep', 'Notes', 'Todo']);
  });
});

describe('authors', () => {
  const authors = 'anna:\n  name: Anna Grigoryan\n  role: Director of Product Management\nbo:\n  name: Bo\n';

  it('inherits a chapter author, lets pages name their own, and falls back to the default', async () => {
    const { guide, diagnostics } = await load({
      'authors.yml': authors,
      'guidekit.config.js': "export default { defaultAuthor: 'bo' };",
      '01-a/index.md': page('A', 'author: anna\n'),
      '01-a/01-inherits.md': page('Inherits'),
      '01-a/02-own.md': page('Own', 'authors: [bo, anna]\n'),
      '02-b.md': page('B'),
    });
    expect(diagnostics).toEqual([]);
    expect(guide.pages.slice(1).map((p) => `${p.title}: ${p.authors.join('+')}`)).toEqual([
      'A: anna',
      'Inherits: anna',
      'Own: bo+anna',
      'B: bo',
    ]);
    expect(guide.authors.get('anna')).toMatchObject({ name: 'Anna Grigoryan', url: '/authors/anna/' });
  });

  it('errors on an unknown author id at its line and column', async () => {
    const { diagnostics } = await load({
      'authors.yml': authors,
      'a.md': '---\ntitle: A\nauthors:\n  - anna\n  - nobody\n---\nText.\n',
    });
    expect(diagnostics).toMatchObject([{ severity: 'error', rule: 'unknown-author', file: 'a.md', line: 5, column: 5 }]);
    expect(diagnostics[0]!.message).toContain('"nobody"');
  });
});
