/**
 * Small guides that mix valid content with the mistakes and attacks a build meets: broken YAML
 * and front matter, unsafe names and slugs, hostile markdown, unsafe URLs. Seeded: the same seed
 * gives the same guides.
 */

/** A guide as files: path → content. */
export type GuideFiles = Record<string, string | Uint8Array>;

/** What a front-matter payload looks like: it must never reach a `<title>`, meta tag or JSON-LD unescaped. */
export const PAYLOAD = '<x-fm-payload onload="alert(1)">"\'&';

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BAD_YAML = [
  // Billion laughs.
  'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: *f',
  'title: *undefined_alias',
  'title: !!js/function "function () { return 1 }"',
  '- a list\n- not a map',
  'just a string',
  'title: [unclosed',
  'title: 5\ndescription: {a: 1}\nslug: 7\norder: "first"\ndraft: "yes"\nauthors: 12',
  'title:\n  nested: map',
  `title: "${PAYLOAD}"\ndescription: "${PAYLOAD}"`,
  'order: 1e400\ntitle: Big',
  'title: ""\nslug: ""',
];

const BAD_SLUGS = ['a\u0000b', '..', '../../etc', '/', 'a/../../b', '\ud800', 'x'.repeat(300), '404', 'print', 'authors', 'pagefind', '_assets', 'sitemap.xml', '%2e%2e'];

const BAD_MARKDOWN = [
  '```js\nunclosed fence\n',
  `${'>'.repeat(1000)} deep quote\n`,
  `${'- '.repeat(500)}deep list\n`,
  `${'x'.repeat(200_000)}\n`,
  'NUL \u0000 byte\n',
  '<script>alert(1)</script>\n',
  '[click](javascript:alert(1)) [c2](JaVaScRiPt:alert(2)) [c3](java\tscript:alert(3)) ![i](javascript:alert(4))\n',
  '[up](../../../../etc/passwd) ![up](../../outside.png) [abs](/etc/passwd)\n',
  '[ref]\n\n[ref]: javascript:alert(5)\n',
  '## Heading[^1]\n\n[^1]: Note with [link](missing.md).\n',
  '| a | b |\n|---|---|\n| 1 |\n',
  '<div>\n\n*unclosed html\n',
  '[[wiki link]] and {{ template }} and {% tag %}\n',
  '# \n\n#\n',
  '\ufeff# BOM title\n',
];

const BAD_AUTHORS = [
  'ada:\n  name: Ada\n  avatar: "javascript:alert(1)"\n',
  'ada:\n  name: Ada\n  links:\n    - url: "javascript:alert(2)"\n',
  '- not\n- a map\n',
  'ada: &x\n  name: *x\n',
  'ada:\n  role: no name\n',
  'ada:\n  name: Ada\n  links: 5\n',
  `ada:\n  name: "${PAYLOAD}"\n  bio: "${PAYLOAD}"\n`,
];

const NAMES = ['01-intro.md', '02 setup.md', '3.use.md', 'unnumbered.md', '01-dupe.md', '1-dupe.md', 'UPPER.MD', 'space name.md', 'ünïcödé.md', 'a'.repeat(250) + '.md', 'README.md', 'index.md', '.hidden.md', '_draft.md', 'not-markdown.txt'];

/** One bad guide, from the generator's next numbers. */
export function badGuide(random: () => number): GuideFiles {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const files: GuideFiles = {};
  const pageCount = 1 + Math.floor(random() * 5);
  const frontMatter = (): string => {
    const kind = random();
    if (kind < 0.1) return `---\n${pick(BAD_YAML)}\n---\n`;
    if (kind < 0.2) return `---\nslug: ${JSON.stringify(pick(BAD_SLUGS))}\n---\n`;
    if (kind < 0.45) return `---\ntitle: ${JSON.stringify(PAYLOAD)}\ndescription: ${JSON.stringify(PAYLOAD)}\nfaq: ${random() < 0.5}\n---\n`;
    if (kind < 0.5) return `---\ndraft: true\nauthor: ${pick(['ada', 'nobody', '../x'])}\n---\n`;
    if (kind < 0.52) return '---\ntitle: never closed\n';
    return '';
  };
  const body = () => `# ${random() < 0.3 ? PAYLOAD : 'Page'}\n\n${pick(BAD_MARKDOWN)}\n[sibling](${pick(NAMES)})\n`;
  files['index.md'] = random() < 0.15 ? new Uint8Array([0x23, 0x20, 0xff, 0xfe, 0x0a]) : `${frontMatter()}${body()}`;
  for (let i = 0; i < pageCount; i++) {
    const folder = random() < 0.3 ? `${pick(['01-part', 'part two', '02_x'])}/` : '';
    files[`${folder}${pick(NAMES)}`] = `${frontMatter()}${body()}`;
  }
  if (random() < 0.3) files['authors.yml'] = pick(BAD_AUTHORS);
  if (random() < 0.2) {
    const config = pick([
      "{ siteUrl: 'example.com' }",
      "{ siteUrl: 'javascript:alert(1)' }",
      "{ base: '/../../' }",
      "{ lang: 5 }",
      "{ title: 5 }",
      `{ title: ${JSON.stringify(PAYLOAD)}, description: ${JSON.stringify(PAYLOAD)} }`,
      "{ defaultAuthor: 'nobody' }",
      "{ footerLinks: [{ label: 'x', url: 'javascript:alert(1)' }] }",
      "{ ignore: 5 }",
      'null',
      '[1, 2]',
    ]);
    files['guidekit.config.js'] = `export default ${config};\n`;
  }
  return files;
}
