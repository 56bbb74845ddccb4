#!/usr/bin/env node
// Generates a deterministic, guide-shaped markdown corpus for the benchmark.
//
//   node generate.mjs --pages 1000 --out /tmp/corpus [--seed 1]
//
// Shape (see PRODUCT.md, "Content folder conventions"):
//   index.md                         home page
//   authors.yml                      5 authors
//   01-chapter-slug/index.md         a chapter's own page
//   01-chapter-slug/03-topic-slug.md 10–20 sub-topics per chapter
// `pages` counts every page: home + chapters + topics. Same options → byte-identical files.
// Profiles: `prose` (about 800 words and one js block a page) and `code` (about 450 words and
// 10–15 fenced blocks a page in 13 languages, 5–60 lines each, and inline code).

import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CODE_LANGUAGES, codeBlock as fencedCode } from './code-blocks.mjs';

/** Marker file that lets `generateCorpus` safely empty a folder it generated before. */
export const MARKER = '.guidekit-bench-corpus';

/** sfc32 seeded from a 32-bit integer with splitmix32: small, fast, good enough, deterministic. */
export function createRandom(seed) {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const NOUNS = `product team roadmap backlog customer feature release metric goal strategy vision user
interview survey experiment hypothesis prototype design engineer manager stakeholder sprint iteration
requirement story estimate priority dependency risk budget market segment persona journey workflow
dashboard report funnel cohort retention conversion revenue pricing launch feedback ticket incident
platform service interface component module library framework pipeline deployment environment
review decision principle practice habit meeting agenda document template checklist glossary
outcome output signal baseline benchmark target constraint tradeoff assumption insight pattern
process policy standard guideline handbook chapter section example exercise question answer`.split(/\s+/);

const VERBS = `build ship measure plan review define test validate prioritize estimate track share
discuss improve reduce increase align explain document release support deliver learn compare
collect analyze refine frame schedule negotiate simplify automate onboard summarize clarify`.split(/\s+/);

const ADJECTIVES = `clear small focused practical useful early late shared common simple complex careful
quick steady honest lean healthy measurable realistic visible explicit reliable concrete modest
strong weak new existing internal external weekly quarterly annual critical optional`.split(/\s+/);

const FILLER = `the a an this that each every most many some our their your its with for from into
about over under between across during after before because while when where which how`.split(/\s+/);

const ADVERBS = `often usually rarely quickly carefully early regularly together openly deliberately`.split(/\s+/);

const AUTHORS = [
  ['avery-lindqvist', 'Avery Lindqvist', 'Head of Product'],
  ['bruno-okafor', 'Bruno Okafor', 'Staff Engineer'],
  ['chen-mei-ling', 'Chen Mei Ling', 'Design Lead'],
  ['dana-whitfield', 'Dana Whitfield', 'Product Analyst'],
  ['emil-sorensen', 'Emil Sorensen', 'Agile Coach'],
];

function capitalize(word) {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function titleCase(words) {
  const small = new Set(['a', 'an', 'the', 'and', 'of', 'for', 'to', 'in', 'with']);
  return words.map((w, i) => (i > 0 && small.has(w) ? w : capitalize(w))).join(' ');
}

function slugOf(title) {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

/** The profiles `corpusFiles` knows. */
export const PROFILES = ['prose', 'code'];

/** Inline code of the code profile's sentences. */
const INLINE_CODE = ['npm install', '--dry-run', 'config.yaml', 'process.env.NODE_ENV', 'SELECT *', 'git rebase -i', '<main>', 'Result<T, E>', 'async fn', '@Override'];

function sentence(rnd, minWords = 8, maxWords = 18, inlineCode = 0) {
  const n = rnd.int(minWords, maxWords);
  const words = [];
  for (let i = 0; i < n; i++) {
    const r = rnd.next();
    words.push(
      r < 0.3 ? rnd.pick(FILLER) : r < 0.6 ? rnd.pick(NOUNS) : r < 0.78 ? rnd.pick(VERBS) : r < 0.94 ? rnd.pick(ADJECTIVES) : rnd.pick(ADVERBS),
    );
  }
  if (rnd.next() < 0.12) words[rnd.int(1, n - 1)] = `**${words[rnd.int(1, n - 1)]}**`;
  else if (rnd.next() < 0.1) words[rnd.int(1, n - 1)] = `\`${rnd.pick(VERBS)}${capitalize(rnd.pick(NOUNS))}()\``;
  else if (inlineCode > 0 && rnd.next() < inlineCode) words[rnd.int(1, n - 1)] = `\`${rnd.pick(INLINE_CODE)}\``;
  const text = words.join(' ');
  return `${capitalize(text)}${rnd.next() < 0.1 ? '?' : '.'}`;
}

const countWords = (text) => text.split(/\s+/).filter(Boolean).length;

function headingTitle(rnd, used) {
  for (let attempt = 0; ; attempt++) {
    const words = [rnd.pick(VERBS), rnd.pick(ADJECTIVES), rnd.pick(NOUNS)];
    if (rnd.next() < 0.4) words.push(rnd.pick(['for', 'with', 'and', 'in']), rnd.pick(NOUNS));
    const text = titleCase(words) + (attempt > 5 ? ` ${attempt}` : '');
    if (!used.has(text)) {
      used.add(text);
      return text;
    }
  }
}

function uniqueTitle(rnd, used, wordCount) {
  for (let attempt = 0; ; attempt++) {
    const words = [];
    for (let i = 0; i < wordCount; i++) words.push(i === wordCount - 1 || rnd.next() < 0.5 ? rnd.pick(NOUNS) : rnd.pick(ADJECTIVES));
    const title = titleCase(words) + (attempt > 5 ? ` ${attempt}` : '');
    const slug = slugOf(title);
    if (!used.has(slug)) {
      used.add(slug);
      return { title, slug };
    }
  }
}

/** Splits `pages - 1` (all but the home page) into chapters of 1 + 10..20 pages. */
function chapterSizes(rnd, pages) {
  const sizes = [];
  let remaining = pages - 1;
  while (remaining > 0) {
    let topics;
    if (remaining <= 21) topics = remaining - 1;
    else {
      topics = rnd.int(10, 20);
      const left = remaining - topics - 1;
      if (left > 0 && left < 11) topics = remaining - 12; // leave exactly 1 + 10 for the last chapter
    }
    sizes.push(topics);
    remaining -= topics + 1;
  }
  return sizes;
}

/** The corpus as a plan: every page's file, title, description and author, before any text. */
function planCorpus(rnd, pages) {
  const sizes = chapterSizes(rnd, pages);
  const width = Math.max(2, String(sizes.length).length);
  const chapterSlugs = new Set();
  const home = { file: 'index.md', title: 'The Benchmark Field Guide', kind: 'home' };
  const all = [home];
  const chapters = sizes.map((topicCount, c) => {
    const { title, slug } = uniqueTitle(rnd, chapterSlugs, rnd.int(2, 4));
    const dir = `${pad(c + 1, width)}-${slug}`;
    const chapter = { file: `${dir}/index.md`, title, kind: 'chapter', topics: [] };
    all.push(chapter);
    const topicSlugs = new Set();
    const topicWidth = Math.max(2, String(topicCount).length);
    for (let t = 0; t < topicCount; t++) {
      const topicTitle = uniqueTitle(rnd, topicSlugs, rnd.int(2, 5));
      const topic = { file: `${dir}/${pad(t + 1, topicWidth)}-${topicTitle.slug}.md`, title: topicTitle.title, kind: 'topic' };
      chapter.topics.push(topic);
      all.push(topic);
    }
    return chapter;
  });
  for (const page of all) {
    page.description = sentence(rnd, 10, 18).replace(/\*\*|`/g, '').replace(/[()]/g, '');
    page.author = rnd.pick(AUTHORS)[0];
  }
  return { home, chapters, all };
}

function relativeLink(from, to) {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel;
}

function paragraph(rnd, sentences, inlineCode = 0) {
  const parts = [];
  for (let i = 0; i < sentences; i++) parts.push(sentence(rnd, 8, 18, inlineCode));
  return parts.join(' ');
}

function bulletList(rnd) {
  const items = [];
  const n = rnd.int(3, 6);
  for (let i = 0; i < n; i++) items.push(`- ${sentence(rnd, 5, 12)}`);
  return items.join('\n');
}

function table(rnd) {
  const head = [capitalize(rnd.pick(NOUNS)), capitalize(rnd.pick(ADJECTIVES)), capitalize(rnd.pick(NOUNS))];
  const rows = [`| ${head.join(' | ')} |`, '| --- | --- | ---: |'];
  const n = rnd.int(4, 6);
  for (let i = 0; i < n; i++) {
    rows.push(`| ${capitalize(rnd.pick(NOUNS))} ${rnd.pick(NOUNS)} | ${rnd.pick(ADJECTIVES)} ${rnd.pick(NOUNS)} for ${rnd.pick(NOUNS)} | ${rnd.int(1, 999)} |`);
  }
  return rows.join('\n');
}

function codeBlock(rnd) {
  const fn = `${rnd.pick(VERBS)}${capitalize(rnd.pick(NOUNS))}`;
  const arg = rnd.pick(NOUNS);
  const field = rnd.pick(NOUNS);
  const other = rnd.pick(ADJECTIVES);
  return [
    '```js',
    `// ${sentence(rnd, 5, 9).replace(/\*\*|`/g, '')}`,
    `export function ${fn}(${arg}s, options = {}) {`,
    `  const limit = options.limit ?? ${rnd.int(3, 50)};`,
    `  const result = [];`,
    `  for (const ${arg} of ${arg}s) {`,
    `    if (${arg}.${field} === '${other}') continue;`,
    `    result.push({ ...${arg}, score: ${arg}.${field}.length * ${rnd.int(2, 9)} });`,
    `  }`,
    `  return result.sort((a, b) => b.score - a.score).slice(0, limit);`,
    `}`,
    '```',
  ].join('\n');
}

/** Weaves 2–3 links to other pages into the paragraphs of `containers`. */
function addLinks(rnd, page, plan, containers) {
  const linkCount = rnd.int(2, 3);
  const targets = new Set();
  while (targets.size < Math.min(linkCount, plan.all.length - 1)) {
    const target = rnd.pick(plan.all);
    if (target !== page) targets.add(target);
  }
  const paragraphs = containers.flatMap((c) => c.map((block, index) => ({ c, index, block }))).filter((x) => /^[A-Z]/.test(x.block));
  for (const target of targets) {
    const slot = paragraphs[rnd.int(0, paragraphs.length - 1)];
    const link = `[${target.title}](${relativeLink(page.file, target.file)})`;
    slot.c[slot.index] = `${slot.c[slot.index]} ${capitalize(rnd.pick(['see', 'read', 'compare with']))} ${link} for ${rnd.pick(['more', 'details', 'an example', 'the background'])}.`;
    slot.block = slot.c[slot.index];
  }
}

/** About 800 words: sections of `##`/`###` headings with paragraphs, lists, one table, one code block and 2–3 links. */
function pageBody(rnd, page, plan) {
  const targetWords = rnd.int(760, 840);
  const usedHeadings = new Set();
  const sectionCount = rnd.int(3, 4);
  const sections = [];
  for (let s = 0; s < sectionCount; s++) {
    const subs = [];
    const subCount = rnd.int(1, 2);
    for (let k = 0; k < subCount; k++) subs.push({ heading: `### ${headingTitle(rnd, usedHeadings)}`, blocks: [] });
    sections.push({ heading: `## ${headingTitle(rnd, usedHeadings)}`, blocks: [], subs });
  }
  const intro = [];
  // Containers that take the filler paragraphs, in a fixed rotating order.
  const containers = [intro, ...sections.flatMap((s) => [s.blocks, ...s.subs.map((x) => x.blocks)])];
  const tableAt = containers[rnd.int(1, containers.length - 1)];
  const codeAt = containers[rnd.int(1, containers.length - 1)];
  tableAt.push(table(rnd));
  codeAt.push(codeBlock(rnd));
  for (let i = 0; i < rnd.int(2, 3); i++) containers[rnd.int(0, containers.length - 1)].push(bulletList(rnd));

  let words = containers.flat().reduce((n, block) => n + (block.startsWith('```') ? 0 : countWords(block)), 0);
  words += sections.reduce((n, s) => n + countWords(s.heading) + s.subs.reduce((m, x) => m + countWords(x.heading), 0), 0);
  for (let i = 0; words < targetWords; i++) {
    const p = paragraph(rnd, rnd.int(3, 6));
    words += countWords(p);
    const container = i < containers.length ? containers[i] : containers[rnd.int(0, containers.length - 1)];
    container.unshift(p); // prose before lists/tables, as a writer would
  }

  addLinks(rnd, page, plan, containers);

  return joinPage(intro, sections);
}

/** Shuffles `list` in place (Fisher–Yates) and returns it. */
function shuffle(rnd, list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Console output: a block without a language. */
function plainBlock(rnd) {
  const lines = [];
  for (let i = 0, n = rnd.int(4, 8); i < n; i++) lines.push(`${rnd.pick(['ok', 'info', 'warn', 'done'])} ${rnd.pick(NOUNS)}/${rnd.pick(NOUNS)} ${rnd.int(1, 999)} ms`);
  return ['```', '$ npm run build', ...lines, '```'].join('\n');
}

/**
 * The code profile's page: about 450 words in sections, a table, a list or two, 2–3 links, inline
 * code, and 10–15 fenced blocks: one in each of 10–13 languages (no language repeats until all
 * have been used) and, on a third of the pages, a block of console output without a language.
 */
function codePageBody(rnd, page, plan) {
  const targetWords = rnd.int(420, 480);
  const usedHeadings = new Set();
  const sections = [];
  for (let s = 0, count = rnd.int(4, 5); s < count; s++) {
    const subs = [];
    for (let k = 0, subCount = rnd.int(1, 2); k < subCount; k++) subs.push({ heading: `### ${headingTitle(rnd, usedHeadings)}`, blocks: [] });
    sections.push({ heading: `## ${headingTitle(rnd, usedHeadings)}`, blocks: [], subs });
  }
  const intro = [];
  const containers = [intro, ...sections.flatMap((s) => [s.blocks, ...s.subs.map((x) => x.blocks)])];
  const somewhere = () => containers[rnd.int(1, containers.length - 1)];
  somewhere().push(table(rnd));
  for (let i = 0; i < rnd.int(1, 2); i++) somewhere().push(bulletList(rnd));
  const plain = rnd.next() < 1 / 3;
  const blockCount = rnd.int(plain ? 11 : 10, 15);
  const languages = shuffle(rnd, [...CODE_LANGUAGES]);
  while (languages.length < blockCount) languages.push(rnd.pick(CODE_LANGUAGES));
  if (plain) somewhere().push(plainBlock(rnd));
  for (let b = plain ? 1 : 0; b < blockCount; b++) {
    // Short blocks are common, long ones rarer: 5–60 lines, a median near 19.
    somewhere().push(fencedCode(rnd, languages[b - (plain ? 1 : 0)], 5 + Math.floor(rnd.next() ** 2 * 56)));
  }

  let words = sections.reduce((n, s) => n + countWords(s.heading) + s.subs.reduce((m, x) => m + countWords(x.heading), 0), 0);
  words += containers.flat().reduce((n, block) => n + (block.startsWith('```') ? 0 : countWords(block)), 0);
  for (let i = 0; words < targetWords; i++) {
    const p = paragraph(rnd, rnd.int(2, 4), 0.4);
    words += countWords(p);
    // Each container opens with prose; later paragraphs fall between its blocks.
    const container = i < containers.length ? containers[i] : containers[rnd.int(0, containers.length - 1)];
    container.splice(i < containers.length ? 0 : rnd.int(1, container.length), 0, p);
  }
  addLinks(rnd, page, plan, containers);

  return joinPage(intro, sections);
}

function frontMatter(page) {
  // JSON strings are valid YAML double-quoted scalars.
  return ['---', `title: ${JSON.stringify(page.title)}`, `description: ${JSON.stringify(page.description)}`, `author: ${page.author}`, '---', ''].join('\n');
}

function authorsYaml(rnd) {
  return AUTHORS.map(([id, name, role]) =>
    [
      `${id}:`,
      `  name: ${name}`,
      `  role: ${role}`,
      `  bio: ${JSON.stringify(paragraph(rnd, 2).replace(/\*\*|`/g, '').replace(/[()]/g, ''))}`,
      `  links:`,
      `    - label: Profile`,
      `      url: https://example.com/authors/${id}`,
      '',
    ].join('\n'),
  ).join('\n');
}

/**
 * The corpus as a sorted list of `{ path, content }` (no I/O).
 * @param {{ pages?: number, seed?: number, profile?: 'prose' | 'code' }} options
 */
export function corpusFiles({ pages = 1000, seed = 1, profile = 'prose' } = {}) {
  if (!Number.isInteger(pages) || pages < 2) throw new Error(`pages must be an integer ≥ 2 (got ${pages})`);
  if (!PROFILES.includes(profile)) throw new Error(`profile must be one of ${PROFILES.join(', ')} (got ${profile})`);
  const rnd = createRandom(seed);
  const plan = planCorpus(rnd, pages);
  const files = [{ path: 'authors.yml', content: authorsYaml(rnd) }];
  const body = profile === 'code' ? codePageBody : pageBody;
  for (const page of plan.all) {
    let text = body(rnd, page, plan);
    if (page.kind === 'home') {
      const list = plan.chapters.map((c, i) => `${i + 1}. [${c.title}](${relativeLink(page.file, c.file)})`).join('\n');
      text = `${text}\n\n## Chapters\n\n${list}`;
    }
    files.push({ path: page.file, content: `${frontMatter(page)}\n${text}\n` });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, pages: plan.all.length, chapters: plan.chapters.length, topics: plan.all.length - 1 - plan.chapters.length };
}

/**
 * Writes the corpus into `outDir`, emptying it first if it holds a corpus generated before
 * (refuses a non-empty folder without the marker file).
 * @param {{ outDir: string, pages?: number, seed?: number, profile?: 'prose' | 'code' }} options
 */
export function generateCorpus({ outDir, pages = 1000, seed = 1, profile = 'prose' }) {
  const { files, ...counts } = corpusFiles({ pages, seed, profile });
  if (fs.existsSync(outDir)) {
    const entries = fs.readdirSync(outDir);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      throw new Error(`${outDir} is not empty and was not generated by the benchmark; refusing to overwrite it`);
    }
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, MARKER), `pages=${pages} seed=${seed} profile=${profile}\n`);
  let bytes = 0;
  for (const file of files) {
    const target = path.join(outDir, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
    bytes += Buffer.byteLength(file.content);
  }
  return { ...counts, profile, files: files.length, bytes, outDir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: {
      pages: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      profile: { type: 'string', default: 'prose' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.out) {
    console.log('usage: node generate.mjs --out DIR [--pages 1000] [--seed 1] [--profile prose|code]');
    process.exit(values.help ? 0 : 2);
  }
  const result = generateCorpus({ outDir: path.resolve(values.out), pages: Number(values.pages), seed: Number(values.seed), profile: values.profile });
  console.log(`generated ${result.pages} ${result.profile} pages (${result.chapters} chapters, ${result.topics} topics), ${(result.bytes / 1e6).toFixed(1)} MB → ${result.outDir}`);
}

/** A page's markdown: its intro, then each section's heading and blocks, sub-sections after them. */
function joinPage(intro, sections) {
  const out = [intro.join('\n\n')];
  for (const s of sections) {
    out.push(s.heading, ...s.blocks);
    for (const sub of s.subs) out.push(sub.heading, ...sub.blocks);
  }
  return out.filter(Boolean).join('\n\n');
}
