import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '@guidekit/core';

// Every user-facing string of the theme comes from its table: a guide built in a pseudo-language,
// whose table turns every English string into look-alike letters, shows none of the English words,
// and the theme's scripts hold none of the English strings.

const THEME = path.dirname(createRequire(import.meta.url).resolve('@guidekit/theme-default/theme.json'));
const STRINGS = path.join(THEME, 'strings');
const ASSETS = path.join(THEME, 'assets');

type Entry = string | Record<string, string>;
const english = JSON.parse(fs.readFileSync(path.join(STRINGS, 'en.json'), 'utf8')) as Record<string, Entry>;

const LOOK_ALIKE: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'àƀçđéƒĝĥíĵķĺɱñóƥʠŕśţúʋŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤɊŔŚŢÚƲŴẊÝŽ'][i]!]),
);
/** `On this page` → `⟦Óñ ţĥíś ƥàĝé⟧`; placeholders stay. */
const pseudo = (text: string) => `⟦${text.split(/(\{\w+\})/).map((part, i) => (i % 2 ? part : part.replace(/[a-z]/gi, (c) => LOOK_ALIKE[c]!))).join('')}⟧`;
const pseudoTable = Object.fromEntries(
  Object.entries(english).map(([key, value]) => [key, typeof value === 'string' ? pseudo(value) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudo(v)]))]),
);

/** The English text of every entry, plural forms included. */
const englishTexts = Object.values(english).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
/** Its words of three letters or more, without placeholders. */
const englishWords = [...new Set(englishTexts.flatMap((t) => t.replace(/\{\w+\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? []))];

let root: string;
let outDir: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-pseudo-'));
  outDir = path.join(root, 'out');
  const files: Record<string, string> = {
    'guide/guidekit.config.js': `export default { title: 'Lorem', lang: 'zz', siteUrl: 'https://example.com/', strings: { 'zz': ${JSON.stringify(pseudoTable)} } };`,
    'guide/authors.yml': 'ana:\n  name: Ana Lopez\n  role: Scriba\n  bio: Scripsit multa.\n',
    'guide/index.md': '---\nauthor: ana\n---\n# Lorem\n\nIpsum dolor.\n',
    'guide/01-ipsum.md': '---\nauthor: ana\nupdated: 2026-01-02\n---\n# Ipsum\n\n## Prima\n\nDolor sit amet.\n\n## Secunda\n\n```js\nconst a = 1;\n```\n',
    'guide/02-dolor/index.md': '---\nauthors: [ana, bea]\n---\n# Dolor\n\nSit amet.\n',
    'guide/02-dolor/01-sit.md': '# Sit\n\nAmet.\n',
    'guide/02-dolor/02-amet.md': '# Amet\n\nConsectetur.\n',
    'guide/03-elit/01-sed.md': '# Sed\n\nDo eiusmod.\n',
    // An older version: its picker, and its banner on a page the latest has and on one it lacks.
    'guide/versions.json': '["1.x"]\n',
    'guide/versions/1.x/index.md': '# Lorem\n\nVetus.\n',
    'guide/versions/1.x/01-ipsum.md': '# Ipsum\n\nVetus.\n',
    'guide/versions/1.x/04-vetus.md': '# Vetus\n\nVetus.\n',
  };
  files['guide/authors.yml'] += 'bea:\n  name: Bea Ruiz\n';
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  const report = await build({ root: path.join(root, 'guide'), outDir, cache: false });
  expect(report.diagnostics).toEqual([]);
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** What a reader sees or hears of a page: its text, its labels and titles, and the strings its scripts use. */
function readerText(html: string): string {
  const labels = [...html.matchAll(/\s(?:aria-label|title|placeholder|alt)="([^"]*)"/g)].map((m) => m[1]);
  const scriptStrings = [...html.matchAll(/<script type="application\/json" id="gk-strings">([\s\S]*?)<\/script>/g)].flatMap((m) =>
    Object.values(JSON.parse(m[1]!) as Record<string, Entry>).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v))),
  );
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'");
  return [text, ...labels, ...scriptStrings].join('\n');
}

function htmlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

describe('a pseudo-language build', () => {
  it('shows none of the English words of the string table on any page', () => {
    const pages = htmlFiles(outDir);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    const found: string[] = [];
    for (const file of pages) {
      const text = readerText(fs.readFileSync(file, 'utf8'));
      for (const word of englishWords) {
        if (new RegExp(`\\b${word}\\b`, 'i').test(text)) found.push(`${path.relative(outDir, file)}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('shows the pseudo-language instead, in the pages and in the scripts’ strings', () => {
    const article = fs.readFileSync(path.join(outDir, 'ipsum/index.html'), 'utf8');
    expect(article).toContain(`>${pseudo('On this page')}<`);
    expect(article).toContain(pseudo('{count} min read').replace('{count}', '1'));
    expect(article).toContain(`"code.copy":"${pseudo('Copy')}"`);
    expect(fs.readFileSync(path.join(outDir, '404.html'), 'utf8')).toContain(`<h1 class="gk-title">${pseudo('Page not found')}</h1>`);
  });

  it('the theme’s scripts hold none of the table’s English strings in their string literals', () => {
    for (const file of fs.readdirSync(ASSETS).filter((f) => f.endsWith('.js'))) {
      // What a script could show: its string literals (comments and names are not shown).
      const code = fs
        .readFileSync(path.join(ASSETS, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '')
        .match(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g)!
        .join('\n');
      for (const text of englishTexts) {
        const pieces = text.split(/\{\w+\}/).filter((p) => p.trim().length >= 3);
        for (const piece of pieces) {
          const words = new RegExp(`\\b${piece.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`);
          expect(words.test(code), `${file} has "${piece}"`).toBe(false);
        }
      }
    }
  });

  it('every language the theme ships has every key of the English table', () => {
    const keys = Object.keys(english).sort();
    const languages = fs.readdirSync(STRINGS).filter((f) => f.endsWith('.json'));
    expect(languages.sort()).toEqual(expect.arrayContaining(['ar.json', 'de.json', 'en.json', 'es.json', 'fr.json', 'ja.json', 'zh.json']));
    for (const file of languages) {
      const table = JSON.parse(fs.readFileSync(path.join(STRINGS, file), 'utf8')) as Record<string, Entry>;
      expect(Object.keys(table).sort(), file).toEqual(keys);
      for (const [key, value] of Object.entries(table)) {
        if (typeof value !== 'string') expect(Object.keys(value), `${file} ${key}`).toContain('other');
      }
    }
  });
});
