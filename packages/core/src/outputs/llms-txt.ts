import type { Guide, PageNode } from '../model/guide.js';
import { LLMS_FULL_TXT, variantPrefix, PRINT_PATH } from '../model/site-paths.js';
import { walkPages } from '../model/walk-pages.js';
import { guideUrl } from './guide-url.js';

/**
 * `llms.txt` (llmstxt.org): the guide's title, its description as a quote, the chapters with links
 * and descriptions, then a section per chapter listing its sub-topics, and under "Optional" the
 * whole guide as one markdown file and the print page. Full URLs when `siteUrl` is set.
 */
export function renderLlmsTxt(guide: Guide): string {
  const item = (node: PageNode, label = node.label) =>
    `- [${escapeText(label)}](${guideUrl(guide, node.url)})${node.description ? `: ${node.description}` : ''}`;
  const lines = [`# ${guide.title}`, ''];
  const description = guide.home.description || guide.description;
  if (description) lines.push(`> ${description}`, '');
  lines.push('## Chapters', '', ...guide.home.children.map((chapter) => item(chapter)), '');
  for (const chapter of guide.home.children) {
    const below = [...walkPages(chapter)].slice(1);
    if (below.length > 0) lines.push(`## ${chapter.label}`, '', ...below.map((node) => item(node)), '');
  }
  const base = guide.base + variantPrefix(guide);
  lines.push(
    '## Optional',
    '',
    `- [The whole guide](${guideUrl(guide, `${base}${LLMS_FULL_TXT}`)}): every page as markdown, in reading order`,
    `- [Print version](${guideUrl(guide, `${base}${PRINT_PATH}`)}): every page on one web page, to print or save as PDF`,
    '',
  );
  return lines.join('\n');
}

function escapeText(text: string): string {
  return text.replace(/[[\]\\]/g, '\\$&');
}
