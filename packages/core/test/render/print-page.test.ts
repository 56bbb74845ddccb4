import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build } from '../../src/index.js';
import { buildGuide, cleanBuild } from '../helpers.js';

describe('the print page', () => {
  it("names each chapter's sheets after it, with its title as their running head, quoted safely for CSS", async () => {
    const { read } = await buildGuide({
      'index.md': '# Home\n',
      '01-intro.md': '# Intro\n\nText.\n',
      '02-team/index.md': '---\ntitle: \'Team "A" </style> \\ B\'\n---\nThe team.\n',
      '02-team/01-roles.md': '# Roles\n\nWho.\n',
    });
    const html = read('print/index.html');
    expect(html).toContain('@page gk-chapter-1 { @top-center { content: "1. Intro";');
    expect(html).toContain('@page gk-chapter-2 { @top-center { content: "2. Team \\22 A\\22  \\3c /style> \\5c  B";');
    expect(html).toContain('.gk-print-section[data-chapter="2"] { page: gk-chapter-2; }');
    expect(html).toContain('<section class="gk-print-section" data-depth="2" data-chapter="2" aria-labelledby="/team/roles/">');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('holds every page in reading order, numbered, with unique ids and links turned into anchors', async () => {
    const { report, read } = await buildGuide({
      'index.md': '# Home\n\nWelcome, see [roles](02-team/01-roles.md#duties).\n',
      '01-intro.md': '# Intro\n\n## Start\n\nGo [down](#start), then [the team](02-team/).[^1]\n\n[^1]: A note.\n\n![map](map.svg)\n',
      '02-team/index.md': '# Team\n\n## Start\n\nThe team.\n',
      '02-team/01-roles.md': '# Roles\n\n## Duties\n\n[Elsewhere](https://example.com/).\n',
      'map.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="2"/>',
    }, { base: '/g/' });
    expect(report.diagnostics).toEqual([]);
    const html = read('print/index.html');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));

    expect([...body.matchAll(/<li data-depth="(\d)"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m.slice(1).join(' '))).toEqual([
      '1 #/intro/ 1 Intro',
      '1 #/team/ 2 Team',
      '2 #/team/roles/ 2.1 Roles',
    ]);
    expect(body).toContain('<section class="gk-print-section" id="/" data-depth="0">');
    expect(body).toContain('<h2 class="gk-print-title" id="/intro/"><span class="gk-print-number">1</span> Intro</h2>');
    expect(body).toContain('<h3 class="gk-print-title" id="/team/roles/"><span class="gk-print-number">2.1</span> Roles</h3>');
    // Headings move under their page's title; both "Start" headings keep distinct ids.
    expect(body).toContain('<h3 id="/intro/start">Start');
    expect(body).toContain('<h3 id="/team/start">Start');
    expect(body).toContain('<h4 id="/team/roles/duties">Duties');
    // Links within the guide become links within the page; others stay.
    expect(body).toContain('<a href="#/team/roles/duties">roles</a>');
    expect(body).toContain('<a href="#/intro/start">down</a>');
    expect(body).toContain('<a href="#/team/">the team</a>');
    expect(body).toContain('<a href="https://example.com/">Elsewhere</a>');
    expect(body).toContain('aria-describedby="/intro/footnote-label"');
    expect(body).toContain('<img src="/g/map.svg" alt="map" decoding="async" width="4" height="2">');

    const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of body.matchAll(/href="#([^"]+)"/g)) expect(ids, target).toContain(target);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // Every page links to it from the footer.
    expect(read('intro/index.html')).toContain('<a href="/g/print/">Print or save as PDF</a>');
  });

  it('keeps its URL: a page on /print/ is an error at that page', async () => {
    const { report } = await buildGuide({ 'print.md': '# Print\n\nText.\n' });
    expect(report.ok).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ rule: 'duplicate-url', file: 'print.md', line: 1, message: 'two pages on one URL /print/: the print page and print.md' });
  });

  it('follows an overriding template that writes the bodies its own way: twice, escaped, or not at all', async () => {
    const pages = { 'index.md': '# Home\n\nWelcome.\n', '01-intro.md': '# Intro\n\n## Start\n\nGo [down](#start).\n' };
    const body = '<h3 id="/intro/start">Start';
    const printWith = async (template: string) => {
      const { report, read } = await buildGuide({ ...pages, 'theme/templates/print.njk': template });
      expect(report.diagnostics).toEqual([]);
      return read('print/index.html');
    };
    const once = await printWith('{% for s in page.sections %}[{{ s.html | safe }}]{% endfor %}');
    expect(once).toContain(`<p>Welcome.</p>][${body}`);
    const twice = await printWith('{% for s in page.sections %}{{ s.html | safe }}|{{ s.html | safe }}{% endfor %}');
    expect(twice.split(body)).toHaveLength(3);
    const escaped = await printWith('{% for s in page.sections %}{{ s.html }}{% endfor %}');
    expect(escaped).toContain('&lt;h3 id=&quot;/intro/start&quot;&gt;Start');
    const left = await printWith('{% for s in page.sections %}{{ s.title }}:{{ s.html | length > 0 }};{% endfor %}');
    expect(left).toBe('Home:true;Intro:true;');
    for (const html of [once, twice, escaped, left]) expect(html).not.toContain('guidekit:print');
  });

  it('is rewritten from its last version after an edit, as a clean build writes it, unless that version was changed', async () => {
    const { root, outDir, read } = await buildGuide({ 'index.md': '# Home\n\nWelcome.\n', '01-intro.md': '# Intro\n\nFirst.\n', '02-next.md': '# Next\n\nSecond.\n' });
    const file = path.join(outDir, 'print/index.html');
    const cleanPrint = async () => (await cleanBuild(root)).read('print/index.html');
    const edit = async (text: string) => {
      fs.writeFileSync(path.join(root, '02-next.md'), `# Next\n\n${text}\n`);
      expect((await build({ root, outDir })).written).toContain('print/index.html');
    };

    await edit('Second, edited.');
    expect(read('print/index.html')).toBe(await cleanPrint());

    // The unchanged pages are copied from the last version: a change that keeps its size and
    // time is carried over (which shows the copy), and any other makes it unusable.
    const mark = (from: string, to: string) => {
      const stat = fs.statSync(file);
      fs.writeFileSync(file, read('print/index.html').replace(from, to));
      return stat;
    };
    const stat = mark('<p>First.</p>', '<p>Fir$t.</p>');
    fs.utimesSync(file, stat.atime, stat.mtime);
    const frame = mark('<title>Guide', '<title>GUIDE');
    fs.utimesSync(file, frame.atime, frame.mtime);
    await edit('Second, again.');
    expect(read('print/index.html')).toContain('<p>Fir$t.</p>');
    expect(read('print/index.html')).toContain('<title>GUIDE');

    mark('<p>Fir$t.</p>', '<p>Fir%t.</p>');
    await edit('Second, once more.');
    expect(read('print/index.html')).toBe(await cleanPrint());
  });
});
