import { createRequire } from 'node:module';
import type nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { MemoTag } from '../../src/render/memo-tag.js';
import { createNavRuns } from '../../src/render/nav-runs.js';
import type { NavItem } from '../../src/render/page-context.js';
import { buildGuide } from '../helpers.js';

const { Environment, Template, runtime } = createRequire(import.meta.url)('nunjucks') as typeof nunjucks;

function memoEnvironment() {
  const env = new Environment(null, { autoescape: true });
  env.addExtension('memo', new MemoTag((html) => new runtime.SafeString(html)));
  let renders = 0;
  env.addGlobal('counted', (value: string) => `${value}#${++renders}`);
  return env;
}

describe('the memo tag', () => {
  it('renders its body once per object and argument, separately at each place, and not for plain values', () => {
    const env = memoEnvironment();
    const a = { name: '<a>' };
    const b = { name: 'b' };
    // A template is compiled once, as the environment's loader does, and rendered for many pages.
    const template = new Template('{% for x in xs %}{% memo x, level %}{{ counted(x.name) }}{% endmemo %},{% endfor %}', env);
    expect(template.render({ xs: [a, b, a, a], level: 1 })).toBe('&lt;a&gt;#1,b#2,&lt;a&gt;#1,&lt;a&gt;#1,');
    expect(template.render({ xs: [a], level: 2 })).toBe('&lt;a&gt;#3,');
    expect(template.render({ xs: [a], level: 1 })).toBe('&lt;a&gt;#1,');
    expect(env.renderString('{% memo x %}{{ counted(x.name) }}{% endmemo %}', { x: a })).toBe('&lt;a&gt;#4');
    expect(env.renderString('{% memo x %}{{ counted(x) }}{% endmemo %}{% memo x %}{{ counted(x) }}{% endmemo %}', { x: 'v' })).toBe('v#5v#6');
  });
});

describe('the navRuns filter', () => {
  it('hands out a run of entries off the branch as the same array wherever it comes back, and branch entries alone', () => {
    const navRuns = createNavRuns();
    const entry = (url: string, active = false) => ({ url, active }) as NavItem;
    const [a, b, c, d] = ['/a/', '/b/', '/c/', '/d/'].map((url) => entry(url));
    const onB = [a!, entry('/b/', true), c!, d!];
    const onC = [a!, b!, entry('/c/', true), d!];
    const runs = navRuns(onB);
    expect(runs.map((run) => run.map((item) => item.url))).toEqual([['/a/'], ['/b/'], ['/c/', '/d/']]);
    // Another page of the same branch: the same arrays, which `memo` has rendered already.
    const again = navRuns([a!, entry('/b/', true), c!, d!]);
    expect(again[0]).toBe(runs[0]);
    expect(again[2]).toBe(runs[2]);
    const elsewhere = navRuns(onC);
    expect(elsewhere.map((run) => run.map((item) => item.url))).toEqual([['/a/', '/b/'], ['/c/'], ['/d/']]);
    // Entries that are other objects (a later build's) make a run of their own.
    const later = entry('/d/');
    const fresh = navRuns([entry('/a/'), entry('/b/', true), c!, later]);
    expect(fresh[0]).not.toBe(runs[0]);
    expect(fresh[2]![0]).toBe(c);
    expect(fresh[2]![1]).toBe(later);
    expect(navRuns([])).toEqual([]);
    // A theme may pass a list that is not there: no entries, as a loop over it gives.
    expect(navRuns(undefined)).toEqual([]);
  });

  it('keeps what a long chapter list hands out growing with the chapters, not with their square', () => {
    const navRuns = createNavRuns();
    const chapters = Array.from({ length: 200 }, (_, i) => ({ url: `/c${i}/`, active: false }) as NavItem);
    const handed = new Set<NavItem[]>();
    chapters.forEach((chapter, i) => {
      const list = chapters.map((entry, j) => (j === i ? { ...chapter, active: true } : entry));
      const runs = navRuns(list);
      expect(runs.flat().map((entry) => entry.url)).toEqual(chapters.map((entry) => entry.url));
      runs.filter((run) => !run[0]!.active).forEach((run) => handed.add(run));
    });
    // Without cuts every chapter's pages would have runs of their own: 200 × 199 entries kept.
    const kept = [...handed].reduce((sum, run) => sum + run.length, 0);
    expect(kept).toBeLessThan(200 * 64);
    expect(Math.max(...[...handed].map((run) => run.length))).toBeLessThanOrEqual(32);
  });
});

describe('the sidebar', () => {
  it('marks the page and opens its branch on every page, with the other chapters alike on all pages', async () => {
    const { report, read } = await buildGuide(
      {
        'index.md': '# Home\n',
        '01-intro.md': '# Intro\n',
        '02-team/index.md': '# Team\n',
        '02-team/01-hiring.md': '# Hiring\n',
        '02-team/02-roles/index.md': '# Roles\n',
        '02-team/02-roles/01-lead.md': '# Lead\n',
        '03-end.md': '# End\n',
      },
      { cache: false },
    );
    expect(report.errors).toBe(0);
    const sidebar = (url: string) => /<nav id="sidebar"[\s\S]*?<\/nav>/.exec(read(`${url}/index.html`))![0];
    const current = (nav: string) => [...nav.matchAll(/href="([^"]+)" aria-current="page"/g)].map((m) => m[1]);
    const listed = (nav: string) => [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    const chapterEntry = (nav: string, url: string) => new RegExp(`<li[^>]*><a href="${url}">.*?</li>`).exec(nav)?.[0];

    const all = ['/intro/', '/team/', '/team/hiring/', '/team/roles/', '/team/roles/lead/', '/end/'];
    const details = (nav: string) => [...nav.matchAll(/<details( open)?>/g)].map((m) => Boolean(m[1]));

    // Every chapter's sub-topics are listed on every page: folded off the page's branch, open on it.
    expect(current(sidebar('intro'))).toEqual(['/intro/']);
    expect(listed(sidebar('intro'))).toEqual(all);
    expect(details(sidebar('intro'))).toEqual([false, false]);
    expect(current(sidebar('team/roles/lead'))).toEqual(['/team/roles/lead/']);
    expect(listed(sidebar('team/roles/lead'))).toEqual(all);
    expect(details(sidebar('team/roles/lead'))).toEqual([true, true]);
    expect(details(sidebar('team/hiring'))).toEqual([true, false]);
    expect(sidebar('team/hiring')).not.toContain('has-children');
    // A chapter off the page's branch reads the same wherever it is listed.
    expect(chapterEntry(sidebar('intro'), '/end/')).toBe('<li><a href="/end/"><span>3.</span> End</a></li>');
    expect(chapterEntry(sidebar('team/roles/lead'), '/end/')).toBe(chapterEntry(sidebar('intro'), '/end/'));
    expect(chapterEntry(sidebar('end'), '/intro/')).toBe(chapterEntry(sidebar('team'), '/intro/'));
    expect(chapterEntry(sidebar('end'), '/team/')).toBe(chapterEntry(sidebar('intro'), '/team/'));
  });

  it('lists only the current chapter with `sidebar.expand: current`, marking the others that have sub-topics', async () => {
    const { read } = await buildGuide({
      'guidekit.config.js': "export default { sidebar: { expand: 'current' } };\n",
      'index.md': '# Home\n',
      '01-intro.md': '# Intro\n',
      '02-team/index.md': '# Team\n',
      '02-team/01-hiring.md': '# Hiring\n',
    });
    const nav = /<nav id="sidebar"[\s\S]*?<\/nav>/.exec(read('intro/index.html'))![0];
    expect([...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1])).toEqual(['/intro/', '/team/']);
    expect(nav).toContain('<li class="has-children"><a href="/team/">');
  });

  it('takes a label, a badge and hidden from front matter, opens a folder whose page says collapsed: false, and adds the config links', async () => {
    const { report, read } = await buildGuide({
      'guidekit.config.js': `export default { sidebar: { links: [
        { label: 'Blog', url: 'https://blog.example.com/' },
        { separator: 'More' },
        { label: 'Changelog', url: '/changelog/', badge: 'New' },
      ] } };\n`,
      'index.md': '# Home\n',
      '01-intro.md': '---\nsidebar: { label: Start here, badge: New }\n---\n# Introduction to everything\n',
      '02-team/index.md': '---\nsidebar:\n  collapsed: false\n---\n# Team\n',
      '02-team/01-hiring.md': '# Hiring\n',
      '02-team/02-secret.md': '---\nsidebar: { hidden: true }\n---\n# Secret\n',
    });
    expect(report.diagnostics).toEqual([]);
    const nav = /<nav id="sidebar"[\s\S]*?<\/nav>/.exec(read('intro/index.html'))![0];
    expect(nav).toContain('<a href="/intro/" aria-current="page"><span>1.</span> Start here <small>New</small></a>');
    expect(nav).not.toContain('/team/secret/');
    expect(nav).toMatch(/<a href="\/team\/">.*?<\/a><details open>/);
    expect(nav).toContain('<ul class="gk-sidebar-links">\n<li><a href="https://blog.example.com/" rel="noopener">Blog</a></li>');
    expect(nav).toContain('<hr>\n<p class="gk-sidebar-heading">More</p>\n<ul class="gk-sidebar-links">\n<li><a href="/changelog/">Changelog <small>New</small></a></li>');
    // The hidden page is built all the same, and the title stays the page's own.
    expect(read('team/secret/index.html')).toContain('<h1 class="gk-title" data-pagefind-meta="title">Secret</h1>');
    expect(read('intro/index.html')).toContain('<title>1. Introduction to everything · ');
  });

  it('refuses sidebar, toc, prev and next settings of the wrong shape at their line', async () => {
    const { report } = await buildGuide({
      'index.md': '# Home\n',
      'a.md': '---\ntitle: A\nsidebar: { badg: x }\ntoc: { min: 4, max: 3 }\nprev: 3\n---\nText.\n',
    });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.message}`)).toEqual([
      'a.md:3:10: `sidebar` has an unknown key `badg` (it may have label, hidden, badge, collapsed, order)',
      'a.md:4:6: `toc` `min` must not be above `max`',
      'a.md:5:7: `prev` must be false or the path of a page, such as ../01-intro.md',
    ]);
  });
});
