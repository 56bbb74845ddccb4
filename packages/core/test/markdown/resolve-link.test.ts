import { describe, expect, it } from 'vitest';
import type { MarkdownContext } from '../../src/markdown/markdown-context.js';
import { assetPath, describeTarget, resolveLink } from '../../src/markdown/resolve-link.js';

const page = (id: string, url: string) => ({ id, url });
const context: MarkdownContext = {
  base: '/guides/pm/',
  files: new Map([
    ['index.md', page('index.md', '/guides/pm/')],
    ['01-intro.md', page('01-intro.md', '/guides/pm/intro/')],
    ['02-team/index.md', page('02-team/index.md', '/guides/pm/team/')],
    ['02-team/01-roles.md', page('02-team/01-roles.md', '/guides/pm/team/roles/')],
  ]),
  dirs: new Map([
    ['', page('index.md', '/guides/pm/')],
    ['02-team', page('02-team/index.md', '/guides/pm/team/')],
  ]),
  assets: new Set(['02-team/images/map.svg', '02-team/files/plan.pdf']),
  images: new Map([['02-team/images/map.svg', { width: 480, height: 300 }]]),
};
const href = (from: string, link: string) => {
  const target = resolveLink(context, from, link);
  return 'href' in target ? target.href : target.kind;
};

describe('resolveLink', () => {
  it('turns relative links to .md files into page URLs under the base path', () => {
    expect(href('01-intro.md', '02-team/01-roles.md')).toBe('/guides/pm/team/roles/');
    expect(href('02-team/01-roles.md', '../01-intro.md')).toBe('/guides/pm/intro/');
    expect(href('02-team/01-roles.md', './index.md')).toBe('/guides/pm/team/');
  });

  it('turns links to folders into their page', () => {
    expect(href('01-intro.md', '02-team/')).toBe('/guides/pm/team/');
    expect(href('01-intro.md', '02-team')).toBe('/guides/pm/team/');
    expect(href('02-team/01-roles.md', '..')).toBe('/guides/pm/');
  });

  it('keeps the anchor, and reports it for checking', () => {
    expect(resolveLink(context, '01-intro.md', '02-team/01-roles.md#who-does-what')).toMatchObject({
      kind: 'page',
      anchor: 'who-does-what',
      href: '/guides/pm/team/roles/#who-does-what',
      page: { id: '02-team/01-roles.md' },
    });
  });

  it('turns other files into asset URLs with numbers dropped from folder names, images with their size', () => {
    expect(resolveLink(context, '02-team/01-roles.md', 'images/map.svg')).toEqual({
      kind: 'asset',
      file: '02-team/images/map.svg',
      href: '/guides/pm/team/images/map.svg',
      size: { width: 480, height: 300 },
    });
    expect(href('01-intro.md', '02-team/files/plan.pdf')).toBe('/guides/pm/team/files/plan.pdf');
    expect(assetPath('03-spm/01-roles/images/x 1.png')).toBe('spm/roles/images/x 1.png');
  });

  it('leaves external, protocol, same-page and root-absolute links alone', () => {
    for (const link of ['https://example.com/a.md', 'mailto:a@example.com', 'tel:123', '//cdn.example.com/x.js', '#top', '/about/']) {
      expect(resolveLink(context, '01-intro.md', link), link).toEqual({ kind: 'external' });
    }
  });

  it('never resolves outside the content folder', () => {
    expect(resolveLink(context, '01-intro.md', '../secret.png')).toEqual({ kind: 'outside' });
    expect(resolveLink(context, '02-team/01-roles.md', '../../x.md')).toEqual({ kind: 'outside' });
  });

  it('reports a missing target with the nearest page or asset, written as the link would be', () => {
    expect(resolveLink(context, '01-intro.md', '02-team/01-role.md')).toEqual({
      kind: 'missing',
      file: '02-team/01-role.md',
      suggestion: '02-team/01-roles.md',
    });
    // A forgotten number prefix, from another folder.
    expect(resolveLink(context, '02-team/01-roles.md', '../intro.md')).toMatchObject({ suggestion: '../01-intro.md' });
    expect(resolveLink(context, '01-intro.md', 'team/')).toMatchObject({ suggestion: '02-team/' });
    expect(resolveLink(context, '02-team/01-roles.md', 'images/maps.svg')).toMatchObject({ suggestion: 'images/map.svg' });
  });

  it('suggests nothing when nothing is close', () => {
    expect(resolveLink(context, '01-intro.md', 'pricing/enterprise-plans.md')).toEqual({
      kind: 'missing',
      file: 'pricing/enterprise-plans.md',
      suggestion: undefined,
    });
  });

  it('describes targets so a cached rendering goes stale when a link or an image size would change', () => {
    expect(describeTarget(resolveLink(context, '01-intro.md', '02-team/images/map.svg'))).toBe('asset /guides/pm/team/images/map.svg 480x300');
    expect(describeTarget(resolveLink(context, '01-intro.md', '02-team/01-role.md'))).toBe('missing 02-team/01-roles.md');
  });
});
