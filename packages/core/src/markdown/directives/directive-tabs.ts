import type { ContainerDirective } from 'mdast-util-directive';
import type { BlockContent, Code, DefinitionContent, PhrasingContent } from 'mdast';

type RootContent = BlockContent | DefinitionContent;
import type { VFile } from 'vfile';
import { mdastToString } from '../deps.js';
import { CODE_TITLE } from '../code-meta.js';
import { pageData } from '../page-data.js';
import { classedParagraph, takeLabel, labelOf, renderAsComponent } from './directive-nodes.js';

/** A tab: its label and what it shows. */
interface Tab {
  label: PhrasingContent[];
  children: RootContent[];
}

/**
 * Tabs, written either way:
 *
 * ```markdown
 * :::tabs              ::::tabs
 * ::tab[npm]           :::tab[npm]
 * npm install          npm install
 * ::tab[pnpm]          :::
 * pnpm install         :::tab[pnpm]
 * :::                  pnpm install
 *                      :::
 *                      ::::
 * ```
 *
 * Each tab becomes a `<section class="gk-tab" data-label="npm">` that starts with its label
 * (`<p class="gk-tab-label">`): without JavaScript the sections stand one under the other; the
 * theme's `tabs.js`, loaded only by pages with tabs, turns them into an ARIA tab list, and
 * choosing a label chooses it in every tab set of the page.
 */
export function tabs(node: ContainerDirective, file: VFile): void {
  takeLabel(node);
  const found: Tab[] = [];
  const before: RootContent[] = [];
  for (const child of node.children) {
    const isTab = (child.type === 'containerDirective' || child.type === 'leafDirective') && child.name === 'tab';
    if (isTab) {
      const label = child.type === 'containerDirective' ? takeLabel(child) : labelOf(child);
      if (!label) file.message('a tab needs a label: `::tab[Label]`', { place: child.position?.start, ruleId: 'directive' });
      found.push({ label: label ?? [{ type: 'text', value: String(found.length + 1) }], children: child.type === 'containerDirective' ? child.children : [] });
    } else if (found.length > 0) {
      found[found.length - 1]!.children.push(child);
    } else {
      before.push(child);
    }
  }
  if (found.length === 0) file.message(':::tabs holds no tab: start each with `::tab[Label]`', { place: node.position?.start, ruleId: 'directive' });
  else if (before.length > 0) file.message('text before the first tab is shown above the tabs', { place: before[0]!.position?.start, ruleId: 'directive' });
  node.children = [...before, ...found.map(section)];
  renderAsComponent(node, 'tabs', 'div', { className: ['gk-tabs'] });
  pageData(file).features.add('tabs');
}

/**
 * `:::code-group`: its code blocks as tabs, each labelled by the `[label]` of its fence
 * (```` ```js [app.js] ````, as VitePress writes it), else its `title`, else its language.
 */
export function codeGroup(node: ContainerDirective, file: VFile): void {
  takeLabel(node);
  const found: Tab[] = [];
  for (const child of node.children) {
    if (child.type !== 'code') {
      file.message(':::code-group holds only code blocks', { place: child.position?.start, ruleId: 'directive' });
      continue;
    }
    found.push({ label: [{ type: 'text', value: takeCodeLabel(child) }], children: [child] });
  }
  node.children = found.map(section);
  renderAsComponent(node, 'tabs', 'div', { className: ['gk-tabs', 'gk-code-group'] });
  pageData(file).features.add('tabs');
}

const BRACKET_LABEL = /(?:^|\s)\[([^\]]+)\](?=\s|$)/;

/** A code block's tab label, taken out of its meta: the tab shows it, the block needs no caption too. */
function takeCodeLabel(code: Code): string {
  const meta = code.meta ?? '';
  const match = BRACKET_LABEL.exec(meta) ?? CODE_TITLE.exec(meta);
  if (!match) return code.lang ?? 'text';
  code.meta = (meta.slice(0, match.index) + meta.slice(match.index + match[0].length)).trim() || null;
  return match[1] ?? match[2] ?? match[3]!;
}

function section({ label, children }: Tab): RootContent {
  const node: ContainerDirective = {
    type: 'containerDirective',
    name: 'tab',
    children: [classedParagraph('gk-tab-label', label), ...children],
  };
  renderAsComponent(node, 'tab', 'section', { className: ['gk-tab'], dataLabel: mdastToString({ type: 'paragraph', children: label }) });
  return node;
}
