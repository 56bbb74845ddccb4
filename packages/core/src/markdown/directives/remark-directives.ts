import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Blockquote, Link, Nodes, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CALLOUT_TITLES, makeCallout } from '../remark-callouts.js';
import { walkTree } from '../walk-tree.js';
import { classedParagraph, isDirective, labelOf, renderAs, renderAsComponent, takeLabel, type Directive } from './directive-nodes.js';
import { codeGroup, tabs } from './directive-tabs.js';
import { pageData } from '../page-data.js';

/**
 * Admonitions by directive name, as the callout kind they render as: the names of GitHub's alerts,
 * and Starlight's and Docusaurus' (`info`, `caution` as a yellow warning, `danger` as the red one).
 */
const ADMONITIONS: Record<string, { kind: keyof typeof CALLOUT_TITLES; title: string }> = {
  note: { kind: 'note', title: CALLOUT_TITLES.note },
  info: { kind: 'note', title: 'Info' },
  tip: { kind: 'tip', title: CALLOUT_TITLES.tip },
  important: { kind: 'important', title: CALLOUT_TITLES.important },
  warning: { kind: 'warning', title: CALLOUT_TITLES.warning },
  caution: { kind: 'warning', title: CALLOUT_TITLES.caution },
  danger: { kind: 'caution', title: 'Danger' },
};

/** The colours a badge may take (`:badge[New]{variant=tip}`); the first is the default. */
const BADGE_VARIANTS = ['note', 'tip', 'caution', 'danger', 'success'];

type Container = (node: ContainerDirective, file: VFile) => void;

/** The container directives (`:::name`) this plugin renders, by name. */
const CONTAINERS: Record<string, Container> = {
  ...Object.fromEntries(Object.keys(ADMONITIONS).map((name) => [name, admonition])),
  tabs,
  'code-group': codeGroup,
  steps,
  cards,
  card,
  details,
};

/** Every directive name guidekit knows, for "did you mean" (includes are read earlier, by `remarkIncludes`). */
export const KNOWN_DIRECTIVES = [...Object.keys(CONTAINERS), 'tab', 'badge', 'include', 'code'];

/**
 * Renders the theme's components written as directives (remark-directive):
 * admonitions (`:::note[Title]` … `:::`, the same `<aside class="callout …">` as `> [!NOTE]`),
 * tabs and code groups (see `directive-tabs.ts`), `:::steps` (an ordered list as a numbered
 * procedure), `::::cards` of `:::card[Title]{href=…}`, `:::details[Summary]{open}`, and
 * `:badge[Text]{variant=tip}`. The page is noted as using components (`PageData.features`), so it
 * alone loads their stylesheet. Directives of other names are left to the user's plugins, then to
 * `remarkUnknownDirectives`.
 */
export function remarkDirectives() {
  return (tree: Root, file: VFile): void => {
    const used: Directive[] = [];
    walkTree(tree, (node) => {
      if (!isDirective(node as Nodes)) return;
      const directive = node as Directive;
      if (directive.type === 'containerDirective' && CONTAINERS[directive.name]) CONTAINERS[directive.name]!(directive, file);
      else if (directive.type === 'textDirective' && directive.name === 'badge') badge(directive, file);
      else return;
      used.push(directive);
    });
    if (used.length > 0) pageData(file).features.add('components');
  };
}

function admonition(node: ContainerDirective): void {
  const { kind, title } = ADMONITIONS[node.name]!;
  makeCallout(node, kind, takeLabel(node) ?? [{ type: 'text', value: title }]);
  // A blockquote, as a GitHub alert is: the same HTML to the line breaks between its children.
  (node as unknown as Blockquote).type = 'blockquote';
}

/** `:::steps` around an ordered list: each item a numbered step, however long. */
function steps(node: ContainerDirective, file: VFile): void {
  takeLabel(node);
  if (!node.children.some((child) => child.type === 'list' && child.ordered)) {
    file.message(':::steps holds no numbered list: write the steps as `1.`, `2.`, …', { place: node.position?.start, ruleId: 'directive' });
  }
  renderAsComponent(node, 'steps', 'div', { className: ['gk-steps'] });
}

/** `::::cards`: a grid of the cards inside it. */
function cards(node: ContainerDirective): void {
  takeLabel(node);
  renderAsComponent(node, 'cards', 'div', { className: ['gk-cards'] });
}

/** `:::card[Title]{href="../guide.md"}`: a title and a description; with `href`, the whole card is a link to it. */
function card(node: ContainerDirective, file: VFile): void {
  const label = takeLabel(node);
  const href = node.attributes?.href;
  if (!label) file.message(':::card needs a title: `:::card[Title]`', { place: node.position?.start, ruleId: 'directive' });
  const title: PhrasingContent[] = label ?? [];
  if (href) {
    // A link node, so the link is resolved and checked as any other of the page.
    const link: Link = { type: 'link', url: href, children: title, position: node.position && { start: node.position.start, end: node.position.start } };
    node.children.unshift(classedParagraph('gk-card-title', [link]));
  } else if (label) {
    node.children.unshift(classedParagraph('gk-card-title', title));
  }
  renderAsComponent(node, 'card', 'div', { className: href ? ['gk-card', 'gk-link-card'] : ['gk-card'] });
}

/** `:::details[Summary]{open}`: a collapsible section, open at first with `open`. */
function details(node: ContainerDirective): void {
  const label = takeLabel(node);
  const summary = classedParagraph('gk-details-summary', label ?? [{ type: 'text', value: 'Details' }]);
  renderAs(summary, 'summary', { className: ['gk-details-summary'] });
  node.children.unshift(summary);
  const open = node.attributes && 'open' in node.attributes && node.attributes.open !== 'false';
  renderAsComponent(node, 'details', 'details', { className: ['gk-details'], ...(open ? { open: true } : {}) });
}

/** `:badge[New]{variant=tip}`: a small label in the text. */
function badge(node: TextDirective | LeafDirective, file: VFile): void {
  const variant = node.attributes?.variant ?? BADGE_VARIANTS[0]!;
  if (!BADGE_VARIANTS.includes(variant)) {
    file.message(`unknown badge variant \`${variant}\` (one of ${BADGE_VARIANTS.join(', ')})`, { place: node.position?.start, ruleId: 'directive' });
  }
  if (!labelOf(node)) file.message(':badge needs a text: `:badge[New]`', { place: node.position?.start, ruleId: 'directive' });
  renderAsComponent(node, 'badge', 'span', { className: ['gk-badge', `gk-badge-${variant}`] });
}
