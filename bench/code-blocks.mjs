// Fenced code blocks for the benchmark's code profile: 5–60 lines of plausible code in one of
// thirteen languages, from a seeded random source (see `createRandom` in generate.mjs).

/** The languages of the code profile, as fence info strings. */
export const CODE_LANGUAGES = ['js', 'ts', 'python', 'bash', 'json', 'yaml', 'go', 'rust', 'java', 'html', 'css', 'sql', 'diff'];

const NAMES = `user order item account invoice payment session token report event metric task queue
cache record entry page chapter author release build deploy config result status limit offset
customer product team sprint ticket review score label owner target`.split(/\s+/);

const VERBS = `load save fetch parse render update create delete find list count validate merge
sort filter format publish resolve schedule retry`.split(/\s+/);

const WORDS = `ready pending failed active draft stable beta internal external weekly primary`.split(/\s+/);

const cap = (word) => word.charAt(0).toUpperCase() + word.slice(1);
const snake = (a, b) => `${a}_${b}`;
const camel = (a, b) => `${a}${cap(b)}`;

/** A random identifier source over `rnd`. */
function names(rnd) {
  return {
    noun: () => rnd.pick(NAMES),
    verb: () => rnd.pick(VERBS),
    word: () => rnd.pick(WORDS),
    fn: () => camel(rnd.pick(VERBS), rnd.pick(NAMES)),
    snakeFn: () => snake(rnd.pick(VERBS), rnd.pick(NAMES)),
    type: () => cap(rnd.pick(NAMES)) + rnd.pick(['', 'Info', 'Options', 'Result', 'Store']),
    n: (max = 100) => rnd.int(1, max),
  };
}

// Each language gives units: a few lines that stand on their own (a function, a rule, a row).
// A block is an opening, units until it has its lines, and a closing.
const UNITS = {
  js(rnd, w) {
    const fn = w.fn(), a = w.noun(), b = w.noun();
    const body = [
      `  const ${a}s = await fetch(\`/api/${b}s/\${id}?limit=${w.n(50)}\`).then((r) => r.json());`,
      `  if (!${a}s.length) return null; // nothing to ${w.verb()}`,
      `  const ${camel('by', b)} = new Map(${a}s.map((${a}) => [${a}.${b}Id, ${a}]));`,
      `  for (const [key, value] of ${camel('by', b)}) {`,
      `    if (/^${w.word()}-\\d+$/.test(key)) console.log(\`\${key}: \${value.${w.noun()}}\`);`,
      `  }`,
      `  return { ...options, ${a}s, total: ${a}s.reduce((sum, x) => sum + x.${w.noun()} * ${w.n(9)}, 0) };`,
    ];
    return [`export async function ${fn}(id, options = {}) {`, ...body.slice(0, rnd.int(2, body.length)), '}', ''];
  },
  ts(rnd, w) {
    const type = w.type(), fn = w.fn(), a = w.noun();
    if (rnd.next() < 0.4) {
      return [`export interface ${type}<T = unknown> {`, `  readonly id: string;`, `  ${a}: T[];`, `  status: '${w.word()}' | '${w.word()}';`, `  ${w.noun()}?: number;`, '}', ''];
    }
    return [
      `export function ${fn}<T extends { ${a}: number }>(items: readonly T[], limit = ${w.n(20)}): T[] {`,
      `  const sorted = [...items].sort((x, y) => y.${a} - x.${a});`,
      `  return sorted.filter((item): item is T => item.${a} > ${w.n(9)}).slice(0, limit);`,
      '}',
      '',
    ];
  },
  python(rnd, w) {
    const fn = w.snakeFn(), a = w.noun(), b = w.noun();
    const lines = [
      rnd.next() < 0.3 ? `@lru_cache(maxsize=${w.n(256)})` : null,
      `def ${fn}(${a}s: list[dict], limit: int = ${w.n(50)}) -> list[dict]:`,
      `    """Return the ${w.word()} ${a}s, by ${b}."""`,
      `    result = [x for x in ${a}s if x.get("${b}") != "${w.word()}"]`,
      `    for index, ${a} in enumerate(result):`,
      `        print(f"{index}: {${a}['${b}']!r} ({len(${a})} keys)")`,
      `    return sorted(result, key=lambda x: x["${b}"], reverse=True)[:limit]`,
      '',
    ];
    return lines.filter((line) => line !== null);
  },
  bash(rnd, w) {
    const a = w.noun(), b = w.noun();
    return [
      `# ${w.verb()} every ${a} that is ${w.word()}`,
      `for ${a} in "$${b.toUpperCase()}_DIR"/*.json; do`,
      `  if [[ -s "$${a}" ]]; then`,
      `    jq -r '.${b} // empty' "$${a}" | sort -u >> "/tmp/${a}s-$(date +%Y%m%d).txt"`,
      `  fi`,
      'done',
      `export ${a.toUpperCase()}_LIMIT=\${${a.toUpperCase()}_LIMIT:-${w.n(100)}}`,
      `curl -fsSL "https://example.com/${b}s?limit=$${a.toUpperCase()}_LIMIT" | grep -c '"${w.word()}"' || echo "no ${b}s" >&2`,
      '',
    ].slice(rnd.int(0, 1) * 6);
  },
  json(rnd, w) {
    const a = w.noun();
    return [
      `  "${a}-${w.n(999)}": {`,
      `    "name": "${cap(w.word())} ${a}",`,
      `    "enabled": ${rnd.next() < 0.5},`,
      `    "limit": ${w.n(1000)},`,
      `    "ratio": ${(rnd.next() * 10).toFixed(2)},`,
      `    "tags": ["${w.word()}", "${w.noun()}"],`,
      `    "owner": ${rnd.next() < 0.2 ? 'null' : `"${w.noun()}"`}`,
      '  },',
    ];
  },
  yaml(rnd, w) {
    const a = w.noun();
    return [
      `${a}:`,
      `  # ${w.verb()} the ${w.word()} ${w.noun()}`,
      `  name: ${cap(w.word())} ${a}`,
      `  replicas: ${w.n(12)}`,
      `  enabled: ${rnd.next() < 0.5 ? 'true' : 'false'}`,
      `  labels: [${w.word()}, ${w.noun()}]`,
      `  command: "${w.verb()} --${w.noun()}=${w.n(9)}"`,
      `  env:`,
      `    - name: ${w.noun().toUpperCase()}_URL`,
      `      value: https://example.com/${w.noun()}`,
    ].slice(0, rnd.int(4, 10));
  },
  go(rnd, w) {
    const type = w.type(), fn = cap(w.fn()), a = w.noun();
    return [
      `// ${fn} ${w.verb()}s the ${a}s that are ${w.word()}.`,
      `func (s *${type}) ${fn}(ctx context.Context, limit int) ([]${cap(a)}, error) {`,
      `\trows, err := s.db.QueryContext(ctx, "SELECT id, ${a} FROM ${a}s LIMIT $1", limit)`,
      `\tif err != nil {`,
      `\t\treturn nil, fmt.Errorf("${w.verb()} ${a}s: %w", err)`,
      `\t}`,
      `\tdefer rows.Close()`,
      `\tvar out []${cap(a)}`,
      `\tfor rows.Next() {`,
      `\t\tvar x ${cap(a)}`,
      `\t\tif err := rows.Scan(&x.ID, &x.${cap(w.noun())}); err != nil {`,
      `\t\t\treturn nil, err`,
      `\t\t}`,
      `\t\tout = append(out, x)`,
      `\t}`,
      `\treturn out, rows.Err()`,
      '}',
      '',
    ];
  },
  rust(rnd, w) {
    const type = w.type(), fn = w.snakeFn(), a = w.noun();
    if (rnd.next() < 0.35) {
      return ['#[derive(Debug, Clone, PartialEq)]', `pub struct ${type} {`, `    pub id: u64,`, `    pub ${a}: Option<String>,`, `    pub ${w.noun()}s: Vec<f64>,`, '}', ''];
    }
    return [
      `pub fn ${fn}<'a>(${a}s: &'a [${type}], limit: usize) -> Result<Vec<&'a ${type}>, Error> {`,
      `    let mut out: Vec<_> = ${a}s.iter().filter(|x| x.id % ${w.n(7) + 1} == 0).collect();`,
      `    match out.len() {`,
      `        0 => Err(Error::Empty("${w.word()} ${a}s")),`,
      `        n if n > limit => { out.truncate(limit); Ok(out) }`,
      `        _ => Ok(out),`,
      `    }`,
      '}',
      '',
    ];
  },
  java(rnd, w) {
    const type = w.type(), fn = w.fn(), a = w.noun();
    return [
      rnd.next() < 0.5 ? '    @Override' : `    @Transactional(readOnly = ${rnd.next() < 0.5})`,
      `    public List<${type}> ${fn}(final String ${a}Id, int limit) throws ${cap(w.noun())}Exception {`,
      `        Objects.requireNonNull(${a}Id, "${a}Id");`,
      `        return repository.findAll().stream()`,
      `            .filter(x -> x.get${cap(w.noun())}() > ${w.n(99)})`,
      `            .sorted(Comparator.comparing(${type}::get${cap(w.noun())}))`,
      `            .limit(limit)`,
      `            .collect(Collectors.toList());`,
      '    }',
      '',
    ];
  },
  html(rnd, w) {
    const a = w.noun();
    return [
      `  <section class="${a}-list" id="${a}s-${w.n(99)}">`,
      `    <h2>${cap(w.word())} ${a}s</h2>`,
      `    <!-- ${w.verb()} the ${a}s here -->`,
      `    <ul data-${w.noun()}="${w.n(999)}">`,
      `      <li><a href="/${a}s/${w.n(999)}/" title="${cap(w.noun())} &amp; ${w.noun()}">${cap(w.verb())}</a></li>`,
      `      <li><button type="button" onclick="${w.fn()}(${w.n(9)})" disabled>${cap(w.verb())}</button></li>`,
      '    </ul>',
      '  </section>',
    ];
  },
  css(rnd, w) {
    const a = w.noun();
    return [
      `.${a}-${w.word()} > .${w.noun()}:not(:last-child)::after {`,
      `  --gap: ${w.n(32)}px;`,
      `  margin: 0 calc(var(--gap) * ${w.n(4)}) ${w.n(16)}px;`,
      `  color: #${(rnd.int(0, 0xffffff) >>> 0).toString(16).padStart(6, '0')};`,
      `  font: ${w.n(24) + 8}px/1.${w.n(9)} system-ui, sans-serif;`,
      '}',
      ...(rnd.next() < 0.3 ? [`@media (max-width: ${w.n(60) * 20}px) { .${a} { display: none; } }`] : []),
      '',
    ];
  },
  sql(rnd, w) {
    const a = w.noun(), b = w.noun();
    if (rnd.next() < 0.3) {
      return [`CREATE TABLE ${a}s (`, `  id BIGSERIAL PRIMARY KEY,`, `  ${b}_id INTEGER NOT NULL REFERENCES ${b}s(id),`, `  status VARCHAR(${w.n(64)}) DEFAULT '${w.word()}',`, `  created_at TIMESTAMPTZ NOT NULL DEFAULT now()`, ');', ''];
    }
    return [
      `-- ${w.verb()} ${a}s per ${b}`,
      `SELECT ${b}.id, ${b}.name, COUNT(${a}.id) AS ${a}_count`,
      `FROM ${b}s AS ${b}`,
      `LEFT JOIN ${a}s AS ${a} ON ${a}.${b}_id = ${b}.id AND ${a}.status <> '${w.word()}'`,
      `WHERE ${b}.created_at > NOW() - INTERVAL '${w.n(90)} days'`,
      `GROUP BY ${b}.id, ${b}.name`,
      `HAVING COUNT(${a}.id) > ${w.n(10)}`,
      `ORDER BY ${a}_count DESC LIMIT ${w.n(100)};`,
      '',
    ];
  },
  diff(rnd, w) {
    const a = w.noun(), start = w.n(200);
    return [
      `@@ -${start},${6} +${start},${7} @@ function ${w.fn()}(${a}s) {`,
      `   const limit = options.limit ?? ${w.n(50)};`,
      `-  const ${a}s = load(${w.noun()});`,
      `+  const ${a}s = await load(${w.noun()}, { cache: true });`,
      `+  if (!${a}s) return [];`,
      `   for (const ${a} of ${a}s) {`,
      `-    ${a}.status = '${w.word()}';`,
      `+    ${a}.status = '${w.word()}';`,
      `   }`,
    ];
  },
};

const FRAMES = {
  js: () => [["import { readFile } from 'node:fs/promises';", ''], []],
  ts: () => [["import type { Options } from './options.js';", ''], []],
  python: () => [['from functools import lru_cache', ''], []],
  bash: () => [['#!/usr/bin/env bash', 'set -euo pipefail'], []],
  json: () => [['{'], ['  "version": 1', '}']],
  yaml: (w) => [[`# ${w.verb()} configuration`, 'version: 2'], []],
  go: () => [['package store', '', 'import (', '\t"context"', '\t"fmt"', ')', ''], []],
  rust: () => [['use std::collections::HashMap;', ''], []],
  java: (w) => [[`public class ${w.type()}Service {`, ''], ['}']],
  html: (w) => [['<!doctype html>', '<html lang="en">', '<head><title>' + cap(w.noun()) + '</title></head>', '<body>'], ['</body>', '</html>']],
  css: () => [[':root {', '  --accent: #0b6bcb;', '}'], []],
  sql: () => [[], []],
  diff: (w) => [[`diff --git a/src/${w.noun()}.js b/src/${w.noun()}.js`, `--- a/src/${w.noun()}.js`, `+++ b/src/${w.noun()}.js`], []],
};

/**
 * A fenced block of `lang` code: its fence and lines. `target` lines are aimed at and the result
 * is held to 5–60 lines; whole units are added, so the code stays well formed.
 */
export function codeBlock(rnd, lang, target) {
  const w = names(rnd);
  const [head, tail] = FRAMES[lang](w);
  const lines = [...head];
  // One line more than 5: a unit may end with a blank line, which is dropped.
  while (lines.length + tail.length < Math.max(target, 6)) {
    const unit = UNITS[lang](rnd, w);
    if (lines.length > head.length && lines.length + tail.length + unit.length > 60) break;
    lines.push(...unit);
  }
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  lines.push(...tail);
  return ['```' + lang, ...lines, '```'].join('\n');
}
