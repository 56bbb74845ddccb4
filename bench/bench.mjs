#!/usr/bin/env node
// guidekit vs Eleventy 3 and Hugo on a generated guide-shaped corpus. See README.md.
//
//   pnpm bench                          # N=1000 pages, 3 runs, prose profile
//   pnpm bench -- --profile code        # 10–15 fenced blocks a page
//   pnpm bench -- --pages 4000 --runs 1

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, PROFILES } from './generate.mjs';
import { setupEleventySite } from './eleventy-site.mjs';
import { hugoVersion, setupHugoSite } from './hugo-site.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(BENCH_DIR, '..');
const TIME = '/usr/bin/time';

const VARIANTS = [
  { id: 'guidekit-cold', label: 'guidekit cold build', tool: 'guidekit' },
  { id: 'guidekit-nochange', label: 'guidekit rebuild, no change', tool: 'guidekit' },
  { id: 'guidekit-edit', label: 'guidekit rebuild, 1 page edited', tool: 'guidekit' },
  { id: 'eleventy-full', label: 'Eleventy 3, full sidebar', tool: 'eleventy' },
  { id: 'eleventy-nosidebar', label: 'Eleventy 3, no sidebar', tool: 'eleventy' },
  { id: 'hugo', label: 'Hugo, full sidebar', tool: 'hugo' },
];
const TOOLS = ['guidekit', 'eleventy-full', 'eleventy-nosidebar', 'hugo'];

const USAGE = `usage: pnpm bench [-- options]

  --pages N         pages in the generated corpus: home + chapters + topics (default 1000)
  --profile P       corpus profile: prose (one js block a page) or code (10–15 blocks a page) (default prose)
  --runs R          runs per variant; the table shows medians (default 3)
  --seed S          corpus seed (default 1)
  --only LIST       comma-separated variants: guidekit, eleventy-full, eleventy-nosidebar, hugo (default all)
  --work DIR        scratch folder for corpus and outputs (default $TMPDIR/guidekit-bench/pages-N-seed-S,
                    code-pages-N-seed-S for the code profile)
  --out FILE        results JSON (default bench/results/bench-N.json, bench-code-N.json for the code profile)
  --keep            keep the build outputs (Eleventy's full-sidebar output is large)
  --skip-compile    do not run \`tsc -b packages/core packages/cli\` first
  -h, --help        this text`;

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== '--'),
    options: {
      pages: { type: 'string', default: '1000' },
      profile: { type: 'string', default: 'prose' },
      runs: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      only: { type: 'string' },
      work: { type: 'string' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'skip-compile': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const pages = Number(values.pages);
  const runs = Number(values.runs);
  const seed = Number(values.seed);
  if (!Number.isInteger(pages) || pages < 2) usage(`--pages must be an integer ≥ 2`);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be an integer ≥ 1`);
  if (!Number.isInteger(seed)) usage(`--seed must be an integer`);
  const profile = values.profile;
  if (!PROFILES.includes(profile)) usage(`--profile must be one of ${PROFILES.join(', ')}`);
  const only = new Set((values.only ?? TOOLS.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
  for (const name of only) if (!TOOLS.includes(name)) usage(`unknown variant in --only: ${name}`);
  const prefix = profile === 'prose' ? '' : `${profile}-`;
  const work = path.resolve(values.work ?? path.join(os.tmpdir(), 'guidekit-bench', `${prefix}pages-${pages}-seed-${seed}`));
  const out = path.resolve(values.out ?? path.join(BENCH_DIR, 'results', `bench-${prefix}${pages}.json`));
  return { pages, profile, runs, seed, only, work, out, keep: values.keep, compile: !values['skip-compile'] };
}

function usage(message) {
  console.error(`bench: ${message}\n\n${USAGE}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Measuring

const hasTime = fs.existsSync(TIME);

/** Runs `program ...args` and returns wall time (ms), peak RSS (KiB, or null) and the output. */
function measure(program, args, { cwd }) {
  const timeFile = path.join(os.tmpdir(), `guidekit-bench-time-${process.pid}.txt`);
  const [command, commandArgs] = hasTime ? [TIME, ['-v', '-o', timeFile, program, ...args]] : [program, args];
  const started = performance.now();
  const child = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const hrtimeMs = performance.now() - started;
  if (child.error) throw child.error;
  let wallMs = hrtimeMs;
  let rssKiB = null;
  let cpuMs = null;
  if (hasTime) {
    const report = fs.readFileSync(timeFile, 'utf8');
    fs.rmSync(timeFile, { force: true });
    const wall = /Elapsed \(wall clock\) time \([^)]*\): ([\d:.]+)/.exec(report);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
    if (wall) wallMs = parseClock(wall[1]) * 1000;
    if (rss) rssKiB = Number(rss[1]);
    // Every thread, and the child processes the build waited for (not pagefind's: see the README).
    const user = /User time \(seconds\): ([\d.]+)/.exec(report);
    const system = /System time \(seconds\): ([\d.]+)/.exec(report);
    if (user && system) cpuMs = (Number(user[1]) + Number(system[1])) * 1000;
  }
  return { wallMs, rssKiB, cpuMs, code: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** `h:mm:ss` or `m:ss.cc` → seconds. */
function parseClock(text) {
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function median(values) {
  const sorted = values.filter((v) => v != null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Total bytes and count of the `.html` files under `dir`. */
function htmlStats(dir) {
  let pages = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    pages++;
    bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return { pages, bytes, avgBytes: pages ? Math.round(bytes / pages) : 0 };
}

function rm(target) {
  fs.rmSync(target, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Printing

const fmtSeconds = (ms) => (ms == null ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const fmtMB = (kib) => (kib == null ? 'n/a' : `${Math.round(kib / 1024)} MB`);
const fmtRatio = (r) => (r == null ? 'n/a' : `${r.toFixed(r < 0.1 ? 3 : 2)}×`);
const fmtKB = (bytes) => (bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);

function printTable(rows) {
  const withHugo = rows.some((r) => r.id === 'hugo');
  const header = ['variant', 'wall (median)', 'CPU (median)', 'peak RSS (median)', '× Eleventy full', '× Eleventy no-sidebar', ...(withHugo ? ['× Hugo'] : []), 'avg HTML page'];
  const body = rows.map((r) => [
    r.label + (r.failed ? ' (FAILED)' : ''),
    fmtSeconds(r.wallMedianMs),
    fmtSeconds(r.cpuMedianMs),
    fmtMB(r.rssMedianKiB),
    fmtRatio(r.ratioToEleventyFull),
    fmtRatio(r.ratioToEleventyNoSidebar),
    ...(withHugo ? [fmtRatio(r.ratioToHugo)] : []),
    r.html ? `${fmtKB(r.html.avgBytes)} (${r.html.pages} pages)` : 'n/a',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Targets (README.md, "Targets")

function evaluateTargets(options, byId, results) {
  const targets = [];
  const add = (description, value, limit, pass) => targets.push({ description, value, limit, pass });
  const cold = byId.get('guidekit-cold');
  const full = byId.get('eleventy-full');
  const bare = byId.get('eleventy-nosidebar');
  const guidekitPeakKiB = Math.max(...['guidekit-cold', 'guidekit-nochange', 'guidekit-edit'].map((id) => byId.get(id)?.rssMedianKiB ?? -1));
  const ok = (v) => v != null && !Number.isNaN(v);

  if (options.profile === 'code') {
    // Issue 16: highlighting at Hugo's pace.
    const nochange = byId.get('guidekit-nochange');
    if (cold && ok(cold.ratioToHugo)) add('cold ≤ 2× Hugo', cold.ratioToHugo, 2, cold.ratioToHugo <= 2);
    if (nochange && ok(nochange.ratioToHugo)) add("no-change rebuild ≤ 0.1× Hugo's cold build", nochange.ratioToHugo, 0.1, nochange.ratioToHugo <= 0.1);
  } else if (options.pages >= 4000) {
    if (cold && full && ok(cold.ratioToEleventyFull)) add('cold ≤ 0.5× Eleventy full-sidebar', cold.ratioToEleventyFull, 0.5, cold.ratioToEleventyFull <= 0.5);
    if (guidekitPeakKiB >= 0) add('guidekit peak RSS ≤ 600 MB', guidekitPeakKiB / 1024, 600, guidekitPeakKiB / 1024 <= 600);
    const baselineFile = path.join(path.dirname(options.out), 'bench-1000.json');
    if (options.pages === 4000 && cold && ok(cold.wallMedianMs) && fs.existsSync(baselineFile)) {
      const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8'));
      // The N=1000 cold build of the same corpus seed, if that is what the file holds.
      const baseCold = baseline.corpus?.seed === options.seed ? baseline.variants?.find((v) => v.id === 'guidekit-cold') : undefined;
      if (baseCold?.wallMedianMs) {
        const scale = cold.wallMedianMs / baseCold.wallMedianMs;
        add(`cold ≤ 4.5× the N=1000 cold time (from ${path.basename(baselineFile)})`, scale, 4.5, scale <= 4.5);
      }
      const basePage = baseCold?.html?.avgBytes;
      if (basePage && cold.html?.avgBytes) {
        const growth = cold.html.avgBytes / basePage;
        add(`average page within 10% of N=1000's (from ${path.basename(baselineFile)})`, growth, 1.1, Math.abs(growth - 1) <= 0.1);
      }
    }
  } else {
    if (cold && full && ok(cold.ratioToEleventyFull)) add('cold ≤ 1.0× Eleventy full-sidebar', cold.ratioToEleventyFull, 1.0, cold.ratioToEleventyFull <= 1.0);
    const nochange = byId.get('guidekit-nochange');
    if (nochange && full && ok(nochange.ratioToEleventyFull)) add('no-change rebuild ≤ 0.1× Eleventy cold (full sidebar)', nochange.ratioToEleventyFull, 0.1, nochange.ratioToEleventyFull <= 0.1);
    if (nochange && bare && ok(nochange.ratioToEleventyNoSidebar)) add('no-change rebuild below Eleventy no-sidebar', nochange.ratioToEleventyNoSidebar, 1.0, nochange.ratioToEleventyNoSidebar < 1.0);
    const edit = byId.get('guidekit-edit');
    if (edit && full && ok(edit.ratioToEleventyFull)) add('one-edit rebuild ≤ 0.05× Eleventy cold (full sidebar)', edit.ratioToEleventyFull, 0.05, edit.ratioToEleventyFull <= 0.05);
    if (guidekitPeakKiB >= 0) add('guidekit peak RSS ≤ 400 MB', guidekitPeakKiB / 1024, 400, guidekitPeakKiB / 1024 <= 400);
  }
  for (const row of results) if (row.failed) add(`${row.label} succeeded`, null, null, false);
  return targets;
}

// ---------------------------------------------------------------------------------------------
// Main

function resolveBins(options) {
  const candidates = [path.join(BENCH_DIR, 'node_modules', 'guidekit', 'bin', 'guidekit.js'), path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'guidekit.js')];
  const guidekit = candidates.find((file) => fs.existsSync(file));
  const eleventy = path.join(BENCH_DIR, 'node_modules', '@11ty', 'eleventy', 'cmd.cjs');
  if (!guidekit) throw new Error('guidekit CLI not found; run `pnpm install` at the repository root');
  if (!fs.existsSync(eleventy)) throw new Error('@11ty/eleventy not found; run `pnpm install` at the repository root');
  const eleventyVersion = JSON.parse(fs.readFileSync(path.join(path.dirname(eleventy), 'package.json'), 'utf8')).version;
  const hugo = options.only.has('hugo') ? hugoVersion() : null;
  if (options.only.has('hugo') && !hugo) {
    console.warn('bench: hugo not found on the PATH, so the Hugo column is skipped; get it with `sudo apt-get install hugo` (Debian/Ubuntu) or from https://gohugo.io/installation/');
    options.only.delete('hugo');
  }
  return { guidekit: fs.realpathSync(guidekit), eleventy: fs.realpathSync(eleventy), eleventyVersion, hugoVersion: hugo };
}

function gitCommit() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (head.status !== 0) return null;
  return head.stdout.trim() + (dirty.stdout.trim() ? ' (packages/ has uncommitted changes)' : '');
}

function compile() {
  const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  console.log('compiling: tsc -b packages/core packages/cli');
  const result = spawnSync(process.execPath, [tsc, '-b', 'packages/core', 'packages/cli'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('bench: TypeScript build failed; fix it or pass --skip-compile to bench the existing dist/');
    process.exit(1);
  }
}

function firstLines(text, n) {
  const lines = text.trimEnd().split('\n');
  return lines.slice(0, n).join('\n') + (lines.length > n ? `\n… (${lines.length - n} more lines)` : '');
}

function main() {
  const options = parseOptions(process.argv.slice(2));
  const bins = resolveBins(options);
  if (options.compile) compile();
  if (!hasTime) console.warn(`bench: ${TIME} not found (apt package "time"): wall time from process.hrtime, peak memory n/a`);

  const dirs = {
    corpus: path.join(options.work, 'corpus'),
    guidekitOut: path.join(options.work, 'out-guidekit'),
    site: (variant) => path.join(options.work, `eleventy-${variant}`),
    siteOut: (variant) => path.join(options.work, `out-eleventy-${variant}`),
    hugo: path.join(options.work, 'hugo'),
    hugoOut: path.join(options.work, 'out-hugo'),
    hugoCache: path.join(options.work, 'hugo-cache'),
  };
  fs.mkdirSync(options.work, { recursive: true });
  const corpus = generateCorpus({ outDir: dirs.corpus, pages: options.pages, seed: options.seed, profile: options.profile });
  console.log(`corpus: ${corpus.pages} ${options.profile} pages (${corpus.chapters} chapters, ${corpus.topics} topics), ${(corpus.bytes / 1e6).toFixed(1)} MB of markdown → ${dirs.corpus}`);

  const eleventyVariants = ['full', 'nosidebar'].filter((v) => options.only.has(`eleventy-${v}`));
  for (const variant of eleventyVariants) setupEleventySite({ corpusDir: dirs.corpus, siteDir: dirs.site(variant), variant });
  if (options.only.has('hugo')) setupHugoSite({ corpusDir: dirs.corpus, siteDir: dirs.hugo });

  // The page edited for the one-edit rebuild: the middle topic page, restored after each edit run.
  const topics = fs
    .readdirSync(dirs.corpus, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.md') && f.includes(path.sep) && !f.endsWith(`${path.sep}index.md`))
    .sort();
  const editFile = topics.length ? path.join(dirs.corpus, topics[Math.floor(topics.length / 2)]) : path.join(dirs.corpus, 'index.md');
  const editOriginal = fs.readFileSync(editFile);

  // The corpus has no node_modules: guidekit keeps its build cache in the user's cache folder,
  // here one of the benchmark's own, emptied before each cold run.
  process.env.XDG_CACHE_HOME = path.join(options.work, 'cache');
  const guidekitCaches = [path.join(options.work, 'cache', 'guidekit'), path.join(dirs.corpus, 'node_modules', '.cache', 'guidekit')];
  const guidekitBuild = () => measure(process.execPath, [bins.guidekit, 'build', dirs.corpus, '--out', dirs.guidekitOut], { cwd: REPO_ROOT });
  const eleventyBuild = (variant) => measure(process.execPath, [bins.eleventy, '--quiet', `--output=${dirs.siteOut(variant)}`], { cwd: dirs.site(variant) });
  const hugoBuild = () => measure('hugo', ['--quiet', '--noBuildLock', '--destination', dirs.hugoOut, '--cacheDir', dirs.hugoCache], { cwd: dirs.hugo });

  const runsById = new Map(VARIANTS.map((v) => [v.id, []]));
  const html = new Map();
  const notes = new Map();
  const record = (id, m, run) => {
    const entry = { run, wallMs: Math.round(m.wallMs), cpuMs: m.cpuMs == null ? null : Math.round(m.cpuMs), rssKiB: m.rssKiB, exitCode: m.code };
    runsById.get(id).push(entry);
    const label = VARIANTS.find((v) => v.id === id).label;
    const summary = m.stdout.trim().split('\n').at(-1) ?? '';
    console.log(`  run ${run}  ${label.padEnd(32)} ${fmtSeconds(m.wallMs).padStart(9)}  ${fmtMB(m.rssKiB).padStart(7)}${m.code === 0 ? '' : `  exit ${m.code}`}${id.startsWith('guidekit') && summary ? `   [${summary}]` : ''}`);
    if (m.code !== 0) {
      console.log(firstLines(`${m.stderr}\n${m.stdout}`, 30).replace(/^/gm, '      '));
      if (!notes.has(id)) notes.set(id, firstLines(`${m.stderr}\n${m.stdout}`, 60));
    } else if (id.startsWith('guidekit') && !notes.has(id)) {
      notes.set(id, `${m.stdout}${m.stderr}`.trim());
    }
    return m.code === 0;
  };

  for (let run = 1; run <= options.runs; run++) {
    if (options.only.has('guidekit')) {
      rm(dirs.guidekitOut);
      guidekitCaches.forEach(rm);
      const cold = guidekitBuild();
      if (record('guidekit-cold', cold, run)) {
        if (!html.has('guidekit')) html.set('guidekit', htmlStats(dirs.guidekitOut));
        record('guidekit-nochange', guidekitBuild(), run);
        fs.appendFileSync(editFile, `\nThis sentence was appended by the benchmark before run ${run}.\n`);
        try {
          record('guidekit-edit', guidekitBuild(), run);
        } finally {
          fs.writeFileSync(editFile, editOriginal);
        }
      }
    }
    for (const variant of eleventyVariants) {
      rm(dirs.siteOut(variant));
      rm(path.join(dirs.site(variant), '.cache'));
      const id = `eleventy-${variant}`;
      if (record(id, eleventyBuild(variant), run) && !html.has(id)) html.set(id, htmlStats(dirs.siteOut(variant)));
    }
    if (options.only.has('hugo')) {
      // Every run from an empty output folder, cache folder and resources folder.
      [dirs.hugoOut, dirs.hugoCache, path.join(dirs.hugo, 'resources')].forEach(rm);
      if (record('hugo', hugoBuild(), run) && !html.has('hugo')) html.set('hugo', htmlStats(dirs.hugoOut));
    }
  }

  const rows = [];
  for (const variant of VARIANTS) {
    const runs = runsById.get(variant.id);
    if (!options.only.has(variant.tool === 'guidekit' ? 'guidekit' : variant.id)) continue;
    const succeeded = runs.filter((r) => r.exitCode === 0);
    rows.push({
      id: variant.id,
      label: variant.label,
      failed: runs.length === 0 || succeeded.length < runs.length,
      runs,
      wallMedianMs: median(succeeded.map((r) => r.wallMs)),
      cpuMedianMs: median(succeeded.map((r) => r.cpuMs)),
      rssMedianKiB: median(succeeded.map((r) => r.rssKiB)),
      html: html.get(variant.tool === 'guidekit' ? 'guidekit' : variant.id) ?? null,
      output: notes.get(variant.id) ?? null,
    });
  }
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const row of rows) {
    const full = byId.get('eleventy-full')?.wallMedianMs;
    const bare = byId.get('eleventy-nosidebar')?.wallMedianMs;
    const hugo = byId.get('hugo')?.wallMedianMs;
    row.ratioToHugo = row.wallMedianMs != null && hugo ? row.wallMedianMs / hugo : null;
    row.ratioToEleventyFull = row.wallMedianMs != null && full ? row.wallMedianMs / full : null;
    row.ratioToEleventyNoSidebar = row.wallMedianMs != null && bare ? row.wallMedianMs / bare : null;
    row.rssMedianMB = row.rssMedianKiB == null ? null : Math.round(row.rssMedianKiB / 1024);
  }

  console.log(`\nN=${corpus.pages} pages (${options.profile} profile), ${options.runs} run(s), medians; CPU time (user + system) and peak RSS from ${hasTime ? '/usr/bin/time -v' : 'n/a (no /usr/bin/time)'}\n`);
  printTable(rows);
  const targets = evaluateTargets(options, byId, rows);
  if (targets.length) {
    console.log(`\ntargets (${options.profile === 'code' ? 'code profile' : `N=${options.pages >= 4000 ? 4000 : 1000}`} set):`);
    for (const t of targets) {
      const value = t.value == null ? '' : ` — ${t.description.includes('MB') ? `${Math.round(t.value)} MB` : `${t.value.toFixed(3)}×`}`;
      console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.description}${value}`);
    }
  }

  const result = {
    date: new Date().toISOString(),
    pages: corpus.pages,
    corpus: { profile: options.profile, chapters: corpus.chapters, topics: corpus.topics, markdownBytes: corpus.bytes, seed: options.seed, editedFile: path.relative(dirs.corpus, editFile) },
    runs: options.runs,
    measuredWith: hasTime ? '/usr/bin/time -v' : 'process.hrtime (no peak memory)',
    environment: { node: process.version, platform: `${os.platform()} ${os.release()}`, cpu: os.cpus()[0]?.model ?? 'unknown', cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30) },
    guidekitCommit: gitCommit(),
    eleventyVersion: bins.eleventyVersion,
    hugoVersion: bins.hugoVersion,
    variants: rows.map(({ id, label, failed, wallMedianMs, cpuMedianMs, rssMedianMB, ratioToEleventyFull, ratioToEleventyNoSidebar, ratioToHugo, html: h, runs, output }) => ({
      id,
      label,
      failed,
      wallMedianMs,
      cpuMedianMs,
      rssMedianMB,
      ratioToEleventyFull: ratioToEleventyFull == null ? null : Number(ratioToEleventyFull.toFixed(4)),
      ratioToEleventyNoSidebar: ratioToEleventyNoSidebar == null ? null : Number(ratioToEleventyNoSidebar.toFixed(4)),
      ratioToHugo: ratioToHugo == null ? null : Number(ratioToHugo.toFixed(4)),
      html: h,
      runs: runs.map((r) => ({ ...r, rssMB: r.rssKiB == null ? null : Math.round(r.rssKiB / 1024) })),
      output,
    })),
    targets,
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nresults → ${path.relative(process.cwd(), options.out) || options.out}`);

  if (!options.keep) {
    rm(dirs.guidekitOut);
    for (const variant of eleventyVariants) {
      rm(dirs.site(variant));
      rm(dirs.siteOut(variant));
    }
    [dirs.hugo, dirs.hugoOut, dirs.hugoCache].forEach(rm);
  }
  process.exitCode = rows.some((r) => r.failed) ? 1 : 0;
}

main();
