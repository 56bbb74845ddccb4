import { createRequire } from 'node:module';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkMarkdownIt } from '../../src/markdown/parse/remark-markdown-it.js';

const { tests } = createRequire(import.meta.url)('commonmark-spec') as { tests: { markdown: string; number: number; section: string }[] };

const remark: PluggableList = [remarkParse, [remarkFrontmatter, ['yaml']], remarkGfm];
const toHtml = (parser: PluggableList, text: string) =>
  String(unified().use(parser).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true }).processSync(text));

/**
 * The examples whose HTML differs from remark's, and why that is acceptable. Any other example that
 * differs fails the test.
 */
const KNOWN: Record<number, string> = {
  // An HTML block of the kind that runs to its closing tag (`<style>`, `<script>`, `<pre>`,
  // `<textarea>`) left open to the end of the page: remark keeps the page's last line ending in
  // it, the fast parser does not. A trailing newline inside raw HTML changes nothing a reader sees.
  173: 'HTML blocks',
  // An e-mail address with a backslash escape inside it (`<foo\+@bar.example.com>`): remark-gfm
  // links `foo+@bar.example.com`, the fast parser leaves it as text, as CommonMark alone does.
  606: 'Autolinks',
};

describe('the markdown parser over the CommonMark spec', () => {
  it(`gives the HTML remark gives for each of the ${tests.length} examples but the ${Object.keys(KNOWN).length} known ones`, () => {
    const differ = tests.filter((t) => toHtml([remarkMarkdownIt], t.markdown) !== toHtml(remark, t.markdown));
    expect(Object.fromEntries(differ.map((t) => [t.number, t.section]))).toEqual(KNOWN);
  });
});
