import { describe, expect, it } from 'vitest';
import { build, GuidekitError } from '../../src/index.js';
import { buildGuide, contentFolder } from '../helpers.js';

/** The problems a build of a guide with this config reports, as `file: message (hint)`. */
async function configProblems(config: string, overrides = {}): Promise<string[]> {
  const root = contentFolder({ 'index.md': '# Home\n\nHi.\n', 'guidekit.config.js': `export default ${config};\n` });
  try {
    await build({ root, ...overrides });
  } catch (error) {
    if (!(error instanceof GuidekitError)) throw error;
    return error.diagnostics.map((d) => `${d.file ?? ''}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
  }
  return [];
}

describe('config values', () => {
  it('names an unknown key and the key that was meant', async () => {
    expect(await configProblems("{ titel: 'Guide', brand: { acent: 'red' } }")).toEqual([
      'guidekit.config.js: unknown config key `titel` (did you mean `title`?)',
      'guidekit.config.js: unknown config key `brand.acent` (did you mean `brand.accent`?)',
    ]);
  });

  it('places each problem at its key in the config file', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nHi.\n', 'guidekit.config.js': "export default {\n  title: 'Guide',\n  siteUrl: 'nope',\n  brand: { acent: 'red' },\n};\n" });
    const error = (await build({ root }).catch((e: unknown) => e)) as GuidekitError;
    expect(error.diagnostics.map((d) => [d.line, d.column, d.message])).toEqual([
      [3, 3, '`siteUrl` must be a full URL such as https://example.com/guide/, not "nope"'],
      [4, 12, 'unknown config key `brand.acent`'],
    ]);
  });

  it('refuses values of the wrong kind, each with its key', async () => {
    expect(await configProblems("{ title: 5, siteUrl: 'example.com/guide', lang: 'english!', ignore: 'drafts' }")).toEqual([
      'guidekit.config.js: `title` must be a non-empty string',
      'guidekit.config.js: `siteUrl` must be a full URL such as https://example.com/guide/, not "example.com/guide"',
      'guidekit.config.js: `lang` must be a language tag such as en or pt-BR',
      'guidekit.config.js: `ignore` must be a list of strings',
    ]);
  });

  it('refuses javascript: URLs in links the theme prints', async () => {
    const problems = await configProblems("{ footerLinks: [{ label: 'x', url: 'java\\tscript:alert(1)' }], extraJs: ['javascript:alert(1)'] }");
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('`footerLinks` [0] must be an http(s), mailto or relative URL');
    expect(problems[1]).toContain('`extraJs` must be an http(s), mailto or relative URL');
  });

  it('lets head add only meta, link, script and style, without event handlers or script URLs', async () => {
    const problems = await configProblems(`{ head: [
      { tag: 'meta', attrs: { name: 'x', content: 'y' } },
      { tag: 'base', attrs: { href: '/' } },
    ], banner: { link: { label: 'x', url: '/' } } }`);
    expect(problems).toEqual(['guidekit.config.js: `head` [1] `tag` must be one of meta, link, script, style', 'guidekit.config.js: `banner` needs a `text`']);
    expect(await configProblems("{ head: [{ tag: 'link', attrs: { rel: 'icon', onload: 'alert(1)' } }] }")).toEqual([
      'guidekit.config.js: `head` [0] attribute `onload` is not allowed (event handlers never are)',
    ]);
    expect(await configProblems("{ head: [{ tag: 'script', attrs: { src: 'javascript:alert(1)' } }] }")).toEqual([
      'guidekit.config.js: `head` [0] `src` must be an http(s) or relative URL',
    ]);
    expect(await configProblems("{ head: [{ tag: 'style', content: 'a{}</style><script>alert(1)</script>' }] }")).toEqual([
      'guidekit.config.js: `head` [0] `content` must not close its <style>',
    ]);
  });

  it('checks the sidebar links, the table of contents range and the social cards switch', async () => {
    expect(
      await configProblems("{ sidebar: { links: [{ separator: 1 }, { label: 'x', url: 'javascript:1' }], expand: 'some' }, toc: { min: 1 }, socialCards: 'yes' }"),
    ).toEqual([
      'guidekit.config.js: `sidebar.links` [0] `separator` must be true or a heading',
      "guidekit.config.js: `sidebar.expand` must be 'all' or 'current'",
      'guidekit.config.js: `toc` `min` must be a heading level from 2 to 6',
      'guidekit.config.js: `socialCards` must be true or false',
    ]);
  });

  it('refuses a --base that climbs out of the site, as a usage error', async () => {
    const root = contentFolder({ 'index.md': '# Home\n\nHi.\n' });
    const error = await build({ root, base: '/../../' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GuidekitError);
    expect((error as GuidekitError).kind).toBe('usage');
    expect((error as GuidekitError).diagnostics[0]!.message).toContain('must not contain . or .. segments');
  });
});

describe('authors.yml URLs', () => {
  it('refuses a javascript: avatar or link at its line, and prints none of them', async () => {
    const { report, outDir } = await buildGuide({
      'index.md': '# Home\n\nHi.\n',
      'a.md': '---\nauthor: ada\n---\n# A\n\nText.\n',
      'authors.yml': 'ada:\n  name: Ada\n  avatar: "javascript:alert(1)"\n  links:\n    - label: Site\n      url: JAVASCRIPT:alert(2)\n',
    });
    expect(report.ok).toBe(false);
    expect(report.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
      ['authors.yml', 3, 'unsafe-url'],
      ['authors.yml', 6, 'unsafe-url'],
    ]);
    expect(outDir).toBeTruthy();
  });
});
