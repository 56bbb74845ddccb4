import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import type { Glossary } from './glossary.js';
import type { MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';
import { createTermMatcher, type TermMatcher } from './term-matcher.js';

/** Elements whose text is never linked: headings, links, code, and what is not prose. */
const SKIP = new Set(['a', 'button', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'kbd', 'math', 'pre', 'samp', 'script', 'select', 'style', 'svg', 'textarea']);
/** An author's `<span data-no-glossary>` written in markdown, which reaches the tree as raw HTML. */
const RAW_OPT_OUT = /^<([a-z][a-z\d-]*)\b[^>]*\sdata-no-glossary\b/i;

/**
 * Links the first mention of each glossary term on a page to its definition, with the definition
 * as a tooltip (`role="tooltip"`, referenced by `aria-describedby`; the theme shows it on hover,
 * focus and tap). Leaves alone the glossary page, pages with `glossary: false`, headings, links,
 * code and anything inside an element with `data-no-glossary`.
 */
export function rehypeGlossaryLinks(currentContext: () => MarkdownContext) {
  let matcher: { signature: string; matcher: TermMatcher } | undefined;
  return (tree: Root, file: VFile): void => {
    const glossary = currentContext().glossary;
    if (!glossary) return;
    pageData(file).glossary = glossary.signature;
    if (file.data.sourceFile === glossary.file || file.data.frontMatter?.glossary === false) return;
    if (matcher?.signature !== glossary.signature) {
      matcher = { signature: glossary.signature, matcher: createTermMatcher(glossary.terms) };
    }
    const linked = new Set<number>();
    linkMentions(tree, glossary, matcher.matcher, linked);
    // The terms the page mentions: `guidekit check` names the terms no page does.
    pageData(file).terms = [...linked].map((i) => glossary.terms[i]!.id);
  };
}

function linkMentions(parent: Parent, glossary: Glossary, matcher: TermMatcher, linked: Set<number>): void {
  let optedOutTag: string | undefined;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i]!;
    if (child.type === 'raw') {
      if (!optedOutTag) optedOutTag = RAW_OPT_OUT.exec(child.value)?.[1]?.toLowerCase();
      else if (child.value.toLowerCase().startsWith(`</${optedOutTag}`)) optedOutTag = undefined;
    } else if (optedOutTag) {
      continue;
    } else if (child.type === 'element') {
      if (!SKIP.has(child.tagName) && child.properties.dataNoGlossary === undefined) {
        linkMentions(child, glossary, matcher, linked);
      }
    } else if (child.type === 'text') {
      const replacement = linkText(child, glossary, matcher, linked);
      parent.children.splice(i, 1, ...replacement);
      i += replacement.length - 1;
    }
  }
}

/** The text with the first mention of each term not linked yet turned into a term link. */
function linkText(node: Text, glossary: Glossary, matcher: TermMatcher, linked: Set<number>): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const mention of matcher.find(node.value)) {
    if (linked.has(mention.term)) continue;
    linked.add(mention.term);
    if (mention.index > last) out.push({ type: 'text', value: node.value.slice(last, mention.index) });
    out.push(termLink(glossary, mention.term, node.value.slice(mention.index, mention.index + mention.length)));
    last = mention.index + mention.length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

/**
 * `<span class="gk-term"><a class="gk-term-link" …>mention</a><span class="gk-term-tip" role="tooltip">…</span></span>`;
 * search leaves the tooltip out of the page's text.
 */
function termLink(glossary: Glossary, index: number, mention: string): Element {
  const term = glossary.terms[index]!;
  const tipId = `gk-tip-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['gk-term'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['gk-term-link'], href: `${glossary.url}#${term.id}`, ariaDescribedBy: [tipId] },
        children: [{ type: 'text', value: mention }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['gk-term-tip'], id: tipId, role: 'tooltip', dataPagefindIgnore: true },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: term.heading }] },
          { type: 'text', value: ` ${term.definition}` },
        ],
      },
    ],
  };
}
