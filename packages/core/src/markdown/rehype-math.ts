import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { pageData } from './page-data.js';
import { walkTree } from './walk-tree.js';

/** The classes remark-math (`math-inline`, `math-display`) and a ```` ```math ```` fence (`language-math`) give math. */
const MATH_CLASSES = new Set(['language-math', 'math-inline', 'math-display']);

type Transform = (tree: Root, file: VFile) => void;

/**
 * Renders math with KaTeX at build time, as HTML for the eye and MathML for screen readers and
 * e-readers, and notes on the page that it has math (its stylesheet and fonts are linked only
 * then). KaTeX loads with the first page that has math: a guide without math never loads it. TeX
 * KaTeX cannot read is shown as written, in red, with a warning at its place.
 */
export function rehypeMath() {
  let katex: Promise<Transform> | undefined;
  return async (tree: Root, file: VFile) => {
    if (!hasMath(tree)) return;
    pageData(file).features.add('math');
    katex ??= import('rehype-katex').then((m) => m.default() as Transform);
    const from = file.messages.length;
    (await katex)(tree, file);
    for (const message of file.messages.slice(from)) {
      if (message.source !== 'rehype-katex') continue;
      message.reason = `could not render math: ${(message.cause as Error | undefined)?.message ?? message.reason}`;
      message.ruleId = 'math';
    }
  };
}

function hasMath(tree: Root): boolean {
  let found = false;
  walkTree(tree, (node) => {
    if (!found && node.type === 'element' && Array.isArray(node.properties.className)) {
      found = node.properties.className.some((name) => MATH_CLASSES.has(String(name)));
    }
  });
  return found;
}
