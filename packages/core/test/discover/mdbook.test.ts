import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { expandBookLinks, hideRustLines } from '../../src/discover/mdbook/expand-book-links.js';
import { parseSummary, type SummaryEntry } from '../../src/discover/mdbook/parse-summary.js';
import { mdxAsMarkdown } from '../../src/discover/mdx-text.js';

/** Entries as `number name (file)` lines, indented by nesting. */
function lines(entries: SummaryEntry[], depth = 0): string[] {
  return entries.flatMap((e) => [
    `${'  '.repeat(depth)}${e.kind === 'part' ? '# ' : ''}${e.kind === 'chapter' && e.number ? `${e.number.join('.')} ` : ''}${e.name}${e.kind === 'chapter' ? ` (${e.file ?? 'draft'})` : ''}`,
    ...lines(e.children, depth + 1),
  ]);
}

describe('parseSummary', () => {
  it('reads prefix, numbered (nested, in parts, drafts) and suffix chapters, passing over separators and comments', () => {
    const bag = new DiagnosticBag();
    const text = [
      '# Summary',
      '',
      '[Intro](./intro.md)',
      '---',
      '- [One](one.md)',
      '    - [One A](one/a%20b.md)',
      '\t- [One B](<one/b.md>)',
      '- [Two](two.md)',
      '<!-- a note',
      '- [Hidden](hidden.md)',
      '-->',
      '# Part `II`',
      '* [Three \\[beta\\]](three.md)',
      '  * [Soon]()',
      '---',
      '[Appendix](appendix.md)',
      'stray text',
    ].join('\n');
    expect(lines(parseSummary(text, 'SUMMARY.md', bag))).toEqual([
      'Intro (intro.md)',
      '1 One (one.md)',
      '  1.1 One A (one/a b.md)',
      '  1.2 One B (one/b.md)',
      '2 Two (two.md)',
      '# Part II',
      '  3 Three [beta] (three.md)',
      '    3.1 Soon (draft)',
      'Appendix (appendix.md)',
    ]);
    expect(bag.items.map((d) => [d.line, d.message])).toEqual([[17, 'not a chapter link: "stray text"']]);
  });
});

describe('expandBookLinks', () => {
  const files: Record<string, string> = {
    '/book/src/code.rs': 'one\ntwo\nthree\nfour\n',
    '/book/src/anchored.rs': 'head\n    // ANCHOR: part\n    inside\n    // ANCHOR: other\n    more\n    // ANCHOR_END: part\ntail\n',
    '/book/src/nested.md': 'before {{#include code.rs:2}} after\n',
  };
  const expand = (text: string) => {
    const bag = new DiagnosticBag();
    const result = expandBookLinks(text, 'src/page.md', '/book/src/page.md', '/book', (f) => files[f], bag);
    return { ...result, problems: bag.items.map((d) => `${d.line}: ${d.message}`) };
  };

  it('takes lines by number and by range, 1-based as mdBook counts them', () => {
    expect(expand('{{#include code.rs:2}}').text).toBe('two');
    expect(expand('{{#include code.rs::2}}').text).toBe('one\ntwo');
    expect(expand('{{#include code.rs:3:}}').text).toBe('three\nfour');
    expect(expand('{{#include code.rs:2:3}}').text).toBe('two\nthree');
    expect(expand('{{ #include code.rs }}').text).toBe('one\ntwo\nthree\nfour');
  });

  it('takes an anchor\'s lines without the anchor comments, dedented; a rustdoc include keeps the rest hidden', () => {
    expect(expand('{{#include anchored.rs:part}}').text).toBe('inside\nmore');
    expect(expand('{{#rustdoc_include code.rs:2:3}}').text).toBe('# one\ntwo\nthree\n# four');
  });

  it('follows includes in included files, records what it read, and reports what it could not read where the link is', () => {
    const nested = expand('x\n{{#include nested.md}}');
    expect(nested.text).toBe('x\nbefore two after');
    expect(nested.includes).toEqual(['/book/src/nested.md', '/book/src/code.rs']);
    expect(expand('a\n\n{{#include missing.rs}}\n{{#include anchored.rs:nope}}\n{{#include ../../etc/passwd}}').problems).toEqual([
      '3: included file not found: missing.rs',
      '4: anchor "nope" not found in anchored.rs',
      '5: included file not found: ../../etc/passwd',
    ]);
  });

  it('wraps a playground in a Rust code block, takes a title, and leaves an escaped link as written', () => {
    const result = expand('{{#title Counting}}\n{{#playground code.rs editable}}\n\\{{#include code.rs}}');
    expect(result.title).toBe('Counting');
    expect(result.text).toBe('\n```rust\none\ntwo\nthree\nfour\n```\n{{#include code.rs}}');
  });
});

describe('hideRustLines', () => {
  it('drops hidden lines of Rust blocks only, unescapes ##, and drops the block attributes', () => {
    const text = ['```rust,ignore', '# fn main() {', '#', '    #[derive(Debug)]', '    ## not hidden', '# }', '```', '```python', '# a comment', '```'].join('\n');
    expect(hideRustLines(text)).toBe(['```rust', '    #[derive(Debug)]', '    # not hidden', '```', '```python', '# a comment', '```'].join('\n'));
  });
});

describe('mdxAsMarkdown', () => {
  it('blanks import and export blocks (positions kept) and warns once at the first JSX component outside code', () => {
    const bag = new DiagnosticBag();
    const text = ['import A from "a";', 'import {', '  B,', '} from "b";', '', 'Text `<Inline>`.', '', '```jsx', '<Code />', '```', '  <Tabs>', '<Other/>', 'export const x = 1;'].join('\n');
    expect(mdxAsMarkdown(text, 'p.mdx', bag).split('\n')).toEqual(['', '', '', '', '', 'Text `<Inline>`.', '', '```jsx', '<Code />', '```', '  <Tabs>', '<Other/>', '']);
    expect(bag.items.map((d) => `${d.line}:${d.column}: ${d.message}`)).toEqual([
      '11:3: <Tabs> is a JSX component, which guidekit cannot render: its text shows without it (import and export lines are left out)',
    ]);
  });
});
