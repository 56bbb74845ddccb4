import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, createBuilder, GuidekitError } from '../src/index.js';
import { buildGuide, contentFolder, load, outline, tempDir } from './helpers.js';

// A guide in two languages: the default locale's tree gives order and numbering; a page the
// translation lacks is the default locale's, marked untranslated, under the translation's URLs.

const config = `export default {
  title: 'Guide',
  siteUrl: 'https://example.com/g/',
  locales: { en: { label: 'English' }, fr: { label: 'Français', title: 'Le guide' } },
};
`;

const files = {
  'guidekit.config.js': config,
  'authors.yml': 'ana:\n  name: Ana\n',
  'en/index.md': '# Home\n\nWelcome.\n',
  'en/01-intro.md': '---\nauthor: ana\n---\n# Intro\n\nSee [roles](02-team/01-roles.md#who-does-what).\n',
  'en/02-team/index.md': '# Team\n\nThe team.\n',
  'en/02-team/01-roles.md': '# Roles\n\n## Who does what\n\nBack to [intro](../01-intro.md).\n',
  'en/02-team/02-hiring.md': '# Hiring\n\nHow we hire.\n',
  'fr/index.md': '# Accueil\n\nBienvenue.\n',
  'fr/01-intro.md': '# Introduction\n\nVoir [les rôles](02-team/01-roles.md#qui-fait-quoi) et [l’embauche](../en/02-team/02-hiring.md).\n',
  'fr/02-team/01-roles.md': '# Rôles\n\n## Qui fait quoi\n\nRetour à [l’introduction](../01-intro.md).\n',
};

describe('the trees of a guide with locales', () => {
  it('one per locale: the translation in the default locale’s order, its missing pages taken from it, under its prefix', async () => {
    const { guides, diagnostics } = await load(files);
    expect(diagnostics).toEqual([]);
    const [en, fr] = guides;
    expect(outline(en!.pages)).toEqual(['Home', '  1. Intro', '  2. Team', '    Roles', '    Hiring']);
    expect(outline(fr!.pages)).toEqual(['Accueil', '  1. Introduction', '  2. Team', '    Rôles', '    Hiring']);
    expect(fr!.pages.map((p) => [p.url, p.file, p.untranslated === true])).toEqual([
      ['/g/fr/', 'fr/index.md', false],
      ['/g/fr/intro/', 'fr/01-intro.md', false],
      ['/g/fr/team/', 'en/02-team/index.md', true],
      ['/g/fr/team/roles/', 'fr/02-team/01-roles.md', false],
      ['/g/fr/team/hiring/', 'en/02-team/02-hiring.md', true],
    ]);
    expect(en!.pages.map((p) => p.url)).toEqual(['/g/', '/g/intro/', '/g/team/', '/g/team/roles/', '/g/team/hiring/']);
    expect([en!.lang, fr!.lang, fr!.title]).toEqual(['en', 'fr', 'Le guide']);
    // Authors are inherited in the translation as in the default locale.
    expect(fr!.byFile.get('fr/01-intro.md')!.authors).toEqual([]);
    expect(en!.byFile.get('en/01-intro.md')!.authors).toEqual(['ana']);
    expect([...fr!.authors.values()].map((a) => a.url)).toEqual(['/g/fr/authors/ana/']);
  });

  it('reads the layout of GitHub course repositories: the default locale at the content root, translations in translations/<lang>/', async () => {
    const { guides, diagnostics } = await load({
      'guidekit.config.js': "export default { locales: { en: { label: 'English', folder: '.' }, fr: { label: 'Français', folder: 'translations/fr' } } };\n",
      'README.md': '# Course\n\nWelcome.\n',
      '01-basics.md': '# Basics\n\nSee [advanced](02-advanced.md).\n',
      '02-advanced.md': '# Advanced\n\nHard.\n',
      'translations/fr/README.md': '# Cours\n\nBienvenue.\n',
      'translations/fr/01-basics.md': '# Les bases\n\nVoir [avancé](02-advanced.md).\n',
    });
    expect(diagnostics).toEqual([]);
    const [en, fr] = guides;
    expect(outline(en!.pages)).toEqual(['Course', '  1. Basics', '  2. Advanced']);
    expect(outline(fr!.pages)).toEqual(['Cours', '  1. Les bases', '  2. Advanced']);
    expect(fr!.pages.map((p) => [p.url, p.file])).toEqual([
      ['/fr/', 'translations/fr/README.md'],
      ['/fr/basics/', 'translations/fr/01-basics.md'],
      ['/fr/advanced/', '02-advanced.md'],
    ]);
  });

  it('puts the default locale under its own prefix when asked', async () => {
    const { guides } = await load({ ...files, 'guidekit.config.js': config.replace("locales:", 'prefixDefaultLocale: true, locales:') });
    expect(guides.map((g) => g.home.url)).toEqual(['/g/en/', '/g/fr/']);
  });
});

describe('a build with locales', () => {
  it('writes each locale’s pages, with lang, links within the locale, alternates and the untranslated notice', async () => {
    const { report, read } = await buildGuide(files);
    expect(report.diagnostics).toEqual([]);
    expect(report.ok).toBe(true);

    const intro = read('fr/intro/index.html');
    expect(intro).toContain('<html lang="fr" dir="ltr" data-layout="article">');
    // A link to a page the translation has, and one written to the English file: both stay in French.
    expect(intro).toContain('href="/g/fr/team/roles/#qui-fait-quoi"');
    expect(intro).toContain('href="/g/fr/team/hiring/"');
    expect(intro).toContain('<link rel="alternate" hreflang="en" href="https://example.com/g/intro/">');
    expect(intro).toContain('<link rel="alternate" hreflang="fr" href="https://example.com/g/fr/intro/">');
    expect(intro).toContain('<link rel="alternate" hreflang="x-default" href="https://example.com/g/intro/">');
    expect(intro).not.toContain('gk-untranslated');

    const hiring = read('fr/team/hiring/index.html');
    expect(hiring).toContain('<p class="gk-untranslated" role="note">Cette page n’est pas encore traduite. Elle est affichée en anglais.</p>');
    expect(hiring).toContain('<div class="gk-prose" lang="en" dir="ltr">');
    expect(hiring).toContain('<link rel="canonical" href="https://example.com/g/team/hiring/">');
    expect(hiring).not.toContain('<link rel="alternate" hreflang="fr"');
    // An untranslated page's links lead into the translation too.
    const roles = read('fr/team/roles/index.html');
    expect(roles).toContain('href="/g/fr/intro/"');
    expect(read('team/roles/index.html')).toContain('href="/g/intro/"');

    // The language picker links the same page in each language.
    expect(read('team/hiring/index.html')).toMatch(/<a href="\/g\/fr\/team\/hiring\/" hreflang="fr" lang="fr" dir="ltr">Français<\/a>/);

    // Per-locale outputs.
    expect(read('fr/llms.txt')).toMatch(/^# Le guide\n/);
    expect(read('fr/llms.txt')).toContain('(https://example.com/g/fr/print/)');
    expect(read('fr/print/index.html')).toContain('<html lang="fr"');
    expect(read('fr/llms-full.txt')).toContain('# 1. Introduction\n\nURL: <https://example.com/g/fr/intro/>');
    expect(read('fr/authors/ana/index.html')).toContain('<html lang="fr"');
    // A 404 page in each language, for hosts that serve one per folder.
    expect(read('fr/404.html')).toContain('<h1 class="gk-title">Page introuvable</h1>');
    expect(read('404.html')).toContain('<h1 class="gk-title">Page not found</h1>');
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain(
      '<url><loc>https://example.com/g/intro/</loc>\n    <xhtml:link rel="alternate" hreflang="en" href="https://example.com/g/intro/"/>\n    <xhtml:link rel="alternate" hreflang="fr" href="https://example.com/g/fr/intro/"/>\n  </url>',
    );
    expect(sitemap).toContain('<url><loc>https://example.com/g/team/hiring/</loc></url>');
    expect(sitemap).not.toContain('https://example.com/g/fr/team/hiring/');
  });

  it('writes right-to-left pages for Arabic', async () => {
    const { report, read } = await buildGuide({
      ...files,
      'guidekit.config.js': config.replace("fr: { label: 'Français', title: 'Le guide' }", "ar: { label: 'العربية' }"),
      'ar/index.md': '# الرئيسية\n\nمرحبا.\n',
    });
    expect(report.ok).toBe(true);
    const home = read('ar/index.html');
    expect(home).toContain('<html lang="ar" dir="rtl" data-layout="home">');
    expect(home).toContain('<h2 class="gk-children-title" id="gk-chapters-title">الفصول</h2>');
    expect(read('ar/intro/index.html')).toContain('<div class="gk-prose" lang="en" dir="ltr">');
  });

  it('warns about a broken link once, at the file that has it, though two locales show the page', async () => {
    const { report } = await buildGuide({ ...files, 'en/02-team/02-hiring.md': '# Hiring\n\nSee [nothing](nowhere.md).\n' });
    const broken = report.diagnostics.filter((d) => d.file === 'en/02-team/02-hiring.md');
    expect(broken).toHaveLength(1);
  });

  it('renders again only the edited page of one locale, and what shows it', async () => {
    const root = contentFolder(files);
    const outDir = path.join(tempDir(), 'out');
    const builder = await createBuilder({ root, outDir, cache: false });
    try {
      await builder.build();
      fs.writeFileSync(path.join(root, 'fr/02-team/01-roles.md'), '# Rôles\n\n## Qui fait quoi\n\nModifié.\n');
      const report = await builder.build();
      expect(report.renderedMarkdown).toBe(1);
      expect(report.written).toContain('fr/team/roles/index.html');
      expect(report.written.filter((f) => f.endsWith('.html') && !f.startsWith('fr/'))).toEqual([]);
      expect(fs.readFileSync(path.join(outDir, 'fr/team/roles/index.html'), 'utf8')).toContain('Modifié.');

      // A new translation changes the other locale's pages that link to it (their picker and hreflang).
      fs.writeFileSync(path.join(root, 'fr/02-team/02-hiring.md'), '# Embauche\n\nComment nous recrutons.\n');
      const added = await builder.build();
      expect(added.written).toContain('team/hiring/index.html');
      expect(fs.readFileSync(path.join(outDir, 'team/hiring/index.html'), 'utf8')).toContain('hreflang="fr"');
      expect(fs.readFileSync(path.join(outDir, 'fr/team/hiring/index.html'), 'utf8')).not.toContain('gk-untranslated');
    } finally {
      await builder.close();
    }
  });
});

describe('UI strings', () => {
  it('come from the config key by key, with plural forms and a warning naming each missing key', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': `export default { lang: 'pt', strings: { pt: { 'toc.title': 'Nesta página', 'meta.readingTime': { one: '{count} minuto', other: '{count} minutos' } }, en: { 'prevNext.next': 'Onward' } } };`,
      'index.md': '# Home\n\nWelcome.\n',
      '01-a.md': `# A\n\n## One\n\n## Two\n\n${'palavra '.repeat(500)}\n`,
      '02-b.md': '# B\n\nText.\n',
    });
    const page = read('a/index.html');
    expect(page).toContain('>Nesta página</h2>');
    expect(page).toContain('<span>2 minutos</span>');
    // English where Portuguese is missing, the config's English over the theme's.
    expect(page).toContain('<span class="gk-pn-dir">Onward</span>');
    expect(page).toContain('<span class="gk-pn-dir">Previous</span>');
    const missing = report.diagnostics.filter((d) => d.rule === 'ui-strings').map((d) => d.message);
    expect(missing).toContain('no "pt" text for the UI string "prevNext.prev": the English one is shown');
    expect(missing).not.toContain('no "pt" text for the UI string "toc.title": the English one is shown');
    expect(report.ok).toBe(true);
  });

  it('override from the guide’s theme/strings/ folder, key by key', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': `export default { lang: 'fr' };`,
      'theme/strings/fr.json': JSON.stringify({ 'toc.title': 'Dans cette page' }),
      'index.md': '# Accueil\n\n## Un\n\n## Deux\n',
    });
    expect(report.diagnostics).toEqual([]);
    const home = read('index.html');
    expect(home).toContain('>Dans cette page</h2>');
    expect(home).toContain('>Aller au contenu</a>');
  });
});

describe('the locales of the config', () => {
  it('are checked: each needs a label, strings are text, and the default is one of them', async () => {
    const root = contentFolder({
      'en/index.md': '# Home\n',
      'guidekit.config.js': "export default { locales: { en: { label: 'English' }, fr: { lable: 'Français' } }, defaultLocale: 'eng', strings: { fr: { 'toc.title': 3 } } };\n",
    });
    const problems = await build({ root }).then(
      () => [],
      (error: unknown) => {
        if (!(error instanceof GuidekitError)) throw error;
        return error.diagnostics.map((d) => `${d.message}${d.hint ? ` (${d.hint})` : ''}`);
      },
    );
    expect(problems).toEqual([
      '`locales` at "fr": needs a `label` (the language\'s name in itself)',
      '`strings` at "fr": at "toc.title": must be a string or plural forms such as { one: \'…\', other: \'…\' }',
      '`defaultLocale` "eng" is not one of `locales` (did you mean "en"?)',
    ]);
  });
});
