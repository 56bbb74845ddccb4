#!/usr/bin/env node
// Measures `guidekit watch` on a generated guide: the time from saving an article to the reload
// event the open browser tabs receive, and how many pages each kind of edit re-renders.
//
//   node watch-latency.mjs [--pages 1000] [--edits 25] [--seed 1]
//
// Prints median and p95 of edit → reload for body edits, and the pages written per body edit and
// per title change; writes the figures to results/watch-<pages>.json.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const CLI = path.resolve(BENCH_DIR, '..', 'packages', 'cli', 'bin', 'guidekit.js');

const { values } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== '--'),
  options: {
    pages: { type: 'string', default: '1000' },
    edits: { type: 'string', default: '25' },
    seed: { type: 'string', default: '1' },
  },
});
const pages = Number(values.pages);
const edits = Number(values.edits);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'guidekit-watch-bench-'));
const corpus = path.join(work, 'corpus');
generateCorpus({ outDir: corpus, pages, seed: Number(values.seed) });
const topics = fs
  .readdirSync(corpus, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md') && !f.endsWith('index.md'))
  .sort();

const child = spawn(process.execPath, [CLI, 'watch', corpus, '--out', path.join(work, 'out')], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, XDG_CACHE_HOME: path.join(work, 'cache') },
});
let output = '';
child.stdout.setEncoding('utf8').on('data', (c) => (output += c));
child.stderr.setEncoding('utf8').on('data', (c) => (output += c));

const events = [];
let onEvent = () => {};
try {
  const url = await waitFor(() => /serving (\S+)/.exec(output)?.[1], 300_000);
  await new Promise((resolve) => {
    http.get(`${url}__guidekit/events`, (res) => {
      let buffer = '';
      res.setEncoding('utf8').on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
          buffer = buffer.slice(end + 2);
          if (data) {
            events.push({ at: performance.now(), ...JSON.parse(data) });
            onEvent();
          }
        }
      });
      resolve();
    });
  });

  const latencies = [];
  const writtenPerEdit = [];
  for (let i = 0; i < edits; i++) {
    const file = path.join(corpus, topics[(i * 37) % topics.length]);
    const result = await edit(() => fs.appendFileSync(file, `\nEdit number ${i} adds one more sentence.\n`));
    latencies.push(result.ms);
    writtenPerEdit.push(result.written);
    await sleep(150);
  }
  const titleFile = path.join(corpus, topics[3]);
  const titleEdit = await edit(() => {
    const text = fs.readFileSync(titleFile, 'utf8');
    fs.writeFileSync(titleFile, text.replace(/^title: "?(.*?)"?$/m, 'title: "$1 Revisited"'));
  });

  latencies.sort((a, b) => a - b);
  const figures = {
    pages,
    edits,
    medianMs: round(latencies[Math.floor((latencies.length - 1) / 2)]),
    p95Ms: round(latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)]),
    pagesWrittenPerBodyEdit: { min: Math.min(...writtenPerEdit), max: Math.max(...writtenPerEdit) },
    pagesWrittenByTitleChange: titleEdit.written,
  };
  console.log(`edit → reload over ${edits} edits of a ${pages}-page guide: median ${figures.medianMs} ms, p95 ${figures.p95Ms} ms`);
  console.log(`pages written per body edit: ${figures.pagesWrittenPerBodyEdit.min}–${figures.pagesWrittenPerBodyEdit.max}; by a title change: ${figures.pagesWrittenByTitleChange}`);
  fs.mkdirSync(path.join(BENCH_DIR, 'results'), { recursive: true });
  fs.writeFileSync(path.join(BENCH_DIR, 'results', `watch-${pages}.json`), `${JSON.stringify(figures, null, 2)}\n`);
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  fs.rmSync(work, { recursive: true, force: true });
}

/** Makes an edit and resolves with the time to the next build event and the pages it wrote. */
async function edit(change) {
  const seen = events.length;
  const lines = output.length;
  const start = performance.now();
  change();
  const event = await waitFor(() => events.slice(seen).find((e) => e.ok && e.changed.length > 0), 30_000);
  await waitFor(() => /\d+ written/.test(output.slice(lines)), 5_000);
  const written = Number(/(\d+) written/.exec(output.slice(lines))[1]);
  return { ms: event.at - start, written };
}

async function waitFor(check, timeout) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out; guidekit said:\n${output.slice(-2000)}`);
    await new Promise((resolve) => {
      onEvent = resolve;
      setTimeout(resolve, 5);
    });
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}
