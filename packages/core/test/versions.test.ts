import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createSession, GuidekitError } from '../src/index.js';
import { buildGuide, cleanBuild, contentFolder, git, load, outline, snapshot, tempDir } from './helpers.js';

// A guide in two versions: the content folder is the latest, at the root of the site; an older
// version's snapshot in versions/1.x/ is published under /1.x/, points its readers (and search
// engines) to the latest, and searches only its own pages.

const files = {
  'guidekit.config.js': "export default { title: 'Guide', siteUrl: 'https://example.com/g/', versions: { current: { label: '2.x' } } };\n",
  'versions.json': '["1.x"]\n',
  'authors.yml': 'ana:\n  name: Ana\n',
  'index.md': '# Home\n\nWelcome to 2.x.\n',
  '01-intro.md': '---\nauthor: ana\n---\n# Intro\n\nIntro for 2.x.\n',
  '02-team/index.md': '# Team\n\nThe team.\n',
  '02-team/01-roles.md': '# Roles\n\nRoles in 2.x.\n',
  'versions/1.x/index.md': '# Home\n\nWelcome to 1.x.\n',
  'versions/1.x/01-intro.md': '# Intro\n\nIntro for 1.x. See [the old page](02-team/02-legacy.md).\n',
  'versions/1.x/02-team/index.md': '# Team\n\nThe team, then.\n',
  'versions/1.x/02-team/02-legacy.md': '# Legacy\n\nGone in 2.x. Back to [the intro](../01-intro.md).\n',
};

describe('the trees of a guide with versions', () => {
  it('one per version: the content folder at the root without its versions folder, each older version under its key', async () => {
    const { guides, diagnostics } = await load(files);
    expect(diagnostics).toEqual([]);
    const [latest, old] = guides;
    expect(outline(latest!.pages)).toEqual(['Home', '  1. Intro', '  2. Team', '    Roles']);
    expect(outline(old!.pages)).toEqual(['Home', '  1. Intro', '  2. Team', '    Legacy']);
    expect(old!.pages.map((p) => [p.url, p.file])).toEqual([
      ['/g/1.x/', 'versions/1.x/index.md'],
      ['/g/1.x/intro/', 'versions/1.x/01-intro.md'],
      ['/g/1.x/team/', 'versions/1.x/02-team/index.md'],
      ['/g/1.x/team/legacy/', 'versions/1.x/02-team/02-legacy.md'],
    ]);
    expect(guides.map((g) => [g.version?.key, g.version?.label, g.version?.latest])).toEqual([
      ['current', '2.x', true],
      ['1.x', '1.x', false],
    ]);
  });

  it('lists the versions of versions.json first, then those only the config names, each with what the config says of it', async () => {
    const { guides } = await load({
      ...files,
      'guidekit.config.js': "export default { versions: { '0.9': { folder: 'archive/0.9' }, '1.x': { label: 'Version 1' } } };\n",
      'archive/0.9/index.md': '# Home\n\nVery old.\n',
    });
    expect(guides.map((g) => [g.version!.key, g.version!.label, g.home.url])).toEqual([
      ['current', '', '/'],
      ['1.x', 'Version 1', '/1.x/'],
      ['0.9', '0.9', '/0.9/'],
    ]);
    expect(outline(guides[0]!.pages)).toEqual(['Home', '  1. Intro', '  2. Team', '    Roles']);
  });
});

describe('a build with versions', () => {
  it('writes each version, with a picker, a banner and a canonical link to the same page in the latest', async () => {
    const { report, read, outDir } = await buildGuide(files);
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);

    const oldIntro = read('1.x/intro/index.html');
    // The version's name and the page's title are isolates in the banner's sentence, so they keep their direction in any language.
    expect(oldIntro).toContain('<link rel="canonical" href="https://example.com/g/intro/">');
    expect(oldIntro).toContain('<p class="gk-outdated" role="note">This is the guide for \u20681.x\u2069, an older version.\n<a href="/g/intro/">Read this page in the latest version</a></p>');
    // Links stay within the version.
    expect(oldIntro).toContain('href="/g/1.x/team/legacy/"');
    expect(read('1.x/team/legacy/index.html')).toContain('href="/g/1.x/intro/"');
    expect(oldIntro).toContain('<li><a href="/g/intro/"><bdi>2.x</bdi></a></li>\n<li><a href="/g/1.x/intro/" aria-current="page"><bdi>1.x</bdi></a></li>');

    // A page the latest lacks leads to the nearest page above it there, and keeps its own canonical URL.
    const legacy = read('1.x/team/legacy/index.html');
    expect(legacy).toContain('The latest version has no such page. <a href="/g/team/">Read “\u2068Team\u2069” in the latest version</a>');
    expect(legacy).toContain('<link rel="canonical" href="https://example.com/g/1.x/team/legacy/">');

    // The latest has the picker, and no banner.
    const intro = read('intro/index.html');
    expect(intro).toContain('<li><a href="/g/intro/" aria-current="page"><bdi>2.x</bdi></a></li>\n<li><a href="/g/1.x/intro/"><bdi>1.x</bdi></a></li>');
    expect(intro).not.toContain('gk-outdated');
    expect(intro).toContain('<link rel="canonical" href="https://example.com/g/intro/">');
    expect(read('team/roles/index.html')).toContain('<li><a href="/g/1.x/team/"><bdi>1.x</bdi></a></li>');

    // Each version's search covers its own pages.
    expect(intro).toContain('data-version="current" data-pagefind-filter="version:current"');
    expect(oldIntro).toContain('data-version="1.x" data-pagefind-filter="version:1.x"');

    // latest/ is an alias of the latest's pages, for links that always mean the newest version.
    const alias = read('latest/team/roles/index.html');
    expect(alias).toContain('<meta http-equiv="refresh" content="0; url=/g/team/roles/">');
    expect(alias).toContain('<link rel="canonical" href="https://example.com/g/team/roles/">');
    expect(alias).toContain('<meta name="robots" content="noindex">');
    expect(alias).toContain('<script>location.replace("/g/team/roles/" + location.hash)</script>');
    expect(read('latest/authors/ana/index.html')).toContain('url=/g/authors/ana/');
    expect(fs.existsSync(path.join(outDir, 'latest/team/legacy/index.html'))).toBe(false);

    // The sitemap lists the latest only (older pages point search engines there); one 404 page.
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://example.com/g/intro/</loc>');
    expect(sitemap).not.toContain('1.x');
    expect(fs.existsSync(path.join(outDir, '1.x/404.html'))).toBe(false);
    // Every version has its author pages and its print page.
    expect(read('1.x/print/index.html')).toContain('Gone in 2.x.');
    expect(read('authors/ana/index.html')).toContain('<li><a href="/g/1.x/authors/ana/"><bdi>1.x</bdi></a></li>');
  });

  it('names the latest in the reader’s language when the config gives it no label', async () => {
    const { read } = await buildGuide({ ...files, 'guidekit.config.js': "export default { lang: 'fr' };\n" });
    expect(read('1.x/intro/index.html')).toContain('<li><a href="/intro/"><bdi>Dernière version</bdi></a></li>');
  });
});

describe('versions of a guide with locales', () => {
  const localized = {
    'guidekit.config.js': "export default { siteUrl: 'https://example.com/', locales: { en: { label: 'English' }, fr: { label: 'Français' } } };\n",
    'versions.json': '["1.x"]\n',
    'authors.yml': 'ana:\n  name: Ana\n',
    'en/index.md': '# Home\n\nNew.\n',
    'en/01-intro.md': '# Intro\n\nNew intro.\n',
    'en/02-setup.md': '# Setup\n\nNew setup.\n',
    'fr/index.md': '# Accueil\n\nNouveau.\n',
    'fr/01-intro.md': '# Introduction\n\nNouvelle introduction.\n',
    'versions/1.x/en/index.md': '# Home\n\nOld.\n',
    'versions/1.x/en/01-intro.md': '# Intro\n\nOld intro.\n',
    'versions/1.x/en/02-setup.md': '# Setup\n\nOld setup.\n',
    'versions/1.x/fr/index.md': '# Accueil\n\nAncien.\n',
  };

  it('publishes every locale of every version; a page an old translation lacks is its version’s, and pickers stay in their locale and version', async () => {
    const { report, read } = await buildGuide(localized);
    expect(report.diagnostics).toEqual([]);
    const oldFrench = read('fr/1.x/intro/index.html');
    expect(oldFrench).toContain('<html lang="fr" dir="ltr" data-layout="article">');
    expect(oldFrench).toContain('Old intro.');
    expect(oldFrench).toContain('class="gk-untranslated"');
    expect(oldFrench).toContain('<p class="gk-outdated" role="note">Vous lisez le guide de la version \u20681.x\u2069, une version antérieure.\n<a href="/fr/intro/">Lire cette page dans la dernière version</a></p>');
    expect(oldFrench).toContain('<li><a href="/fr/intro/"><bdi>Dernière version</bdi></a></li>\n<li><a href="/fr/1.x/intro/" aria-current="page"><bdi>1.x</bdi></a></li>');
    expect(oldFrench).toMatch(/<a href="\/1\.x\/intro\/" hreflang="en" lang="en" dir="ltr">English<\/a>/);
    expect(read('fr/1.x/print/index.html')).toContain('<html lang="fr"');
    // Pages outside the tree too: an author's page in the other language of its version, and in the other version of its language.
    const author = read('fr/1.x/authors/ana/index.html');
    expect(author).toMatch(/<a href="\/1\.x\/authors\/ana\/" hreflang="en"/);
    expect(author).toContain('<li><a href="/fr/authors/ana/"><bdi>Dernière version</bdi></a></li>');
    expect(oldFrench).toContain('<link rel="canonical" href="https://example.com/fr/intro/">');
    // Its alternates are the latest's, which its canonical link leads to.
    expect(oldFrench).not.toContain('hreflang="en" href=');
    expect(read('fr/intro/index.html')).toContain('<link rel="alternate" hreflang="en" href="https://example.com/intro/">');
    // Each locale of the latest has a 404 page in its language; the sitemap has the latest's locales.
    expect(read('fr/404.html')).toContain('<html lang="fr"');
    expect(read('404.html')).toContain('<html lang="en"');
    expect(read('sitemap.xml')).not.toContain('1.x');
    expect(read('sitemap.xml')).toContain('<loc>https://example.com/fr/intro/</loc>');
    expect(read('sitemap.xml')).not.toContain('latest');
    expect(read('fr/latest/intro/index.html')).toContain('<html lang="fr">');
    expect(read('fr/latest/intro/index.html')).toContain('url=/fr/intro/');
  });

  it('work with the translations/<lang>/ layout, whose folders are no chapters of the version around them', async () => {
    const { guides, diagnostics } = await load({
      'guidekit.config.js': "export default { locales: { en: { label: 'English', folder: '.' }, fr: { label: 'Français', folder: 'translations/fr' } } };\n",
      'versions.json': '["1.x"]\n',
      'README.md': '# Course\n',
      '01-basics.md': '# Basics\n',
      'translations/fr/README.md': '# Cours\n',
      'versions/1.x/README.md': '# Old course\n',
      'versions/1.x/01-start.md': '# Start\n',
      'versions/1.x/translations/fr/01-start.md': '# Début\n',
    });
    expect(diagnostics).toEqual([]);
    expect(guides.map((g) => [g.home.url, ...outline(g.pages)])).toEqual([
      ['/', 'Course', '  1. Basics'],
      ['/fr/', 'Cours', '  1. Basics'],
      ['/1.x/', 'Old course', '  1. Start'],
      ['/fr/1.x/', 'Old course', '  1. Début'],
    ]);
  });

  it('renders again only the edited page of one locale of one version', async () => {
    const root = contentFolder(localized);
    const outDir = path.join(tempDir(), 'out');
    const session = await createSession({ root, outDir, cache: false });
    try {
      await session.build();
      const edited = path.join(root, 'versions/1.x/fr/index.md');
      fs.writeFileSync(edited, '# Accueil\n\nAncien, modifié.\n');
      const report = await session.update([edited]);
      expect(report.renderedMarkdown).toBe(1);
      expect(report.renderedPages).toBe(1);
      expect(report.written.filter((f) => f.endsWith('.html'))).toEqual(['fr/1.x/index.html', 'fr/1.x/print/index.html']);

      // A new page in the older version: its French tree shows it untranslated; the output is what a clean build writes.
      fs.writeFileSync(path.join(root, 'versions/1.x/en/03-extra.md'), '# Extra\n\nOnly in 1.x.\n');
      const added = await session.update([path.join(root, 'versions/1.x/en/03-extra.md')]);
      expect(added.renderedMarkdown).toBe(2);
      expect(added.written).toContain('1.x/extra/index.html');
      expect(added.written).toContain('fr/1.x/extra/index.html');
      expect(snapshot(outDir)).toEqual(snapshot((await cleanBuild(root)).outDir));
    } finally {
      await session.close();
    }
  });
});

describe('a version read from git', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>';

  it('is the content folder as the ref has it, read from the repository: pages, links and images', async () => {
    const repo = contentFolder({
      'README.md': 'The repository, not the guide.\n',
      'docs/index.md': '# Home\n\nOld home.\n',
      'docs/01-setup/index.md': '# Setup\n\n![diagram](diagram.svg)\n\nSee [the home](../index.md).\n',
      'docs/01-setup/diagram.svg': svg,
      'docs/_drafts/notes.md': '# Not published\n',
    });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first edition');
    git(repo, 'tag', 'v1');
    const root = path.join(repo, 'docs');
    fs.writeFileSync(path.join(root, 'index.md'), '# Home\n\nNew home.\n');
    fs.writeFileSync(path.join(root, 'guidekit.config.js'), "export default { versions: { '1.x': { ref: 'v1' } } };\n");
    git(repo, 'commit', '-q', '-am', 'second edition');
    fs.writeFileSync(path.join(root, '01-setup/index.md'), '# Setup\n\nNot committed yet.\n');

    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root, outDir, cache: false });
    expect(report.diagnostics).toEqual([]);
    const read = (file: string) => fs.readFileSync(path.join(outDir, file), 'utf8');
    expect(read('1.x/index.html')).toContain('Old home.');
    expect(read('index.html')).toContain('New home.');
    expect(read('setup/index.html')).toContain('Not committed yet.');
    const setup = read('1.x/setup/index.html');
    expect(setup).toContain('<img src="/versions/1.x/setup/diagram.svg" alt="diagram" loading="lazy" decoding="async" width="40" height="30">');
    expect(setup).toContain('href="/1.x/"');
    expect(fs.readFileSync(path.join(outDir, 'versions/1.x/setup/diagram.svg'), 'utf8')).toBe(svg);
    expect(fs.existsSync(path.join(outDir, '1.x/drafts'))).toBe(false);
  });

  it('takes the files its pages include from the repository too', async () => {
    const repo = contentFolder({ 'index.md': '# Home\n\n::include{file=parts/note.md}\n', 'parts/note.md': 'Old note.\n' });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first edition');
    git(repo, 'tag', 'v1');
    fs.writeFileSync(path.join(repo, 'parts/note.md'), 'New note.\n');
    fs.writeFileSync(path.join(repo, 'guidekit.config.js'), "export default { versions: { '1.x': { ref: 'v1' } } };\n");
    const outDir = path.join(tempDir(), 'out');
    const report = await build({ root: repo, outDir, cache: false });
    expect(report.diagnostics).toEqual([]);
    expect(fs.readFileSync(path.join(outDir, '1.x/index.html'), 'utf8')).toContain('Old note.');
    expect(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('New note.');
  });

  it('that the repository lacks is an error saying so', async () => {
    const root = contentFolder({ 'index.md': '# Home\n', 'guidekit.config.js': "export default { versions: { '1.x': { ref: 'v1' } } };\n" });
    git(root, 'init', '-q');
    const report = await build({ root, outDir: path.join(tempDir(), 'out'), cache: false });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => d.message)).toContain('version "1.x": the git ref "v1" is not in the repository (a shallow clone, or a branch not fetched?)');
  });
});

describe('the versions of the config', () => {
  async function problems(extra: Record<string, string>): Promise<string[]> {
    const root = contentFolder({ 'index.md': '# Home\n', ...extra });
    return build({ root }).then(
      () => [],
      (error: unknown) => {
        if (!(error instanceof GuidekitError)) throw error;
        return error.diagnostics.map((d) => `${d.file}:${d.line ?? ''}:${d.column ?? ''}: ${d.message}`);
      },
    );
  }

  it('are checked: names that are URL segments, not a locale’s, known keys', async () => {
    expect(
      await problems({
        'guidekit.config.js': "export default {\n  locales: { en: { label: 'English' } },\n  versions: { en: {} },\n};\n",
      }),
    ).toEqual(['guidekit.config.js:3:3: `versions` "en" is also a locale: both would be served under /en/']);
    expect(await problems({ 'guidekit.config.js': "export default { versions: { 'v 1': {} } };\n" })).toEqual([
      'guidekit.config.js:1:18: `versions` key "v 1" must be letters, digits, ".", "_" or "-", as it is a URL segment (`1.x`, `v2`)',
    ]);
    expect(await problems({ 'guidekit.config.js': "export default { versions: { '1.x': { lable: 'One' } } };\n" })).toEqual([
      'guidekit.config.js:1:18: `versions` at "1.x": has an unknown key `lable` (did you mean `label`?)',
    ]);
  });

  it('need pages of their own, and URLs no page of the latest takes', async () => {
    const { report } = await buildGuide({
      'index.md': '# Home\n',
      '01-setup.md': '---\nslug: 1.x\n---\n# Setup\n',
      '02-latest.md': '# Latest\n',
      'versions.json': '["1.x", "0.9"]\n',
      'versions/1.x/index.md': '# Old\n',
    });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => `${d.file ?? ''}:${d.line ?? ''}: ${d.message}`)).toEqual([
      ':: version "0.9" has no pages: versions/0.9/ is missing or holds no markdown',
      '01-setup.md:1: this page\'s URL /1.x/ is where version "1.x" is published',
      '02-latest.md:1: this page\'s URL /latest/ is where the latest version\'s alias is published',
    ]);
  });

  it('in versions.json are checked at their line', async () => {
    expect(await problems({ 'versions.json': '[\n  "1.x",\n  "print"\n]\n' })).toEqual([
      'versions.json:3:3: version "print" is a folder of the site itself (authors, print, _assets, pagefind, latest)',
    ]);
    expect(await problems({ 'versions.json': '{ "1.x": true }' })).toEqual(['versions.json::: must be a list of version names']);
  });
});
