import { createRequire } from 'node:module';
import type { Element, ElementContent, Root } from 'hast';
import type nunjucks from 'nunjucks';
import type { VFile } from 'vfile';
import { toHtml } from './deps.js';
import { COMPONENT_PROPERTY } from './directives/directive-nodes.js';
import type { ComponentTemplateText, MarkdownContext } from './markdown-context.js';
import { pageData } from './page-data.js';

const require = createRequire(import.meta.url);

/** What a component's template is given: text values, and HTML in the fields named in `HTML_FIELDS`. */
type ComponentData = Record<string, string | boolean>;

/** The fields of a component's data that hold HTML, given to its template as safe strings. */
const HTML_FIELDS = new Set(['content', 'title', 'label', 'summary']);

/** Each component's data, read from the element guidekit built for it (see `remarkDirectives`, `remarkCallouts`). */
const COMPONENT_DATA: Record<string, (element: Element) => ComponentData> = {
  callout: (element) => {
    const { first: title, rest } = splitAt(element, 'callout-title');
    // A callout is a blockquote's element: a line break after its title, as between all its children.
    return { kind: classSuffix(element, 'callout-'), title, content: rest.replace(/^\n/, '') };
  },
  tabs: (element) => ({ codeGroup: classesOf(element).includes('gk-code-group'), content: html(element.children) }),
  tab: (element) => {
    const { first: label, rest: content } = splitAt(element, 'gk-tab-label');
    return { label, labelText: String(element.properties.dataLabel ?? ''), content };
  },
  steps: (element) => ({ content: html(element.children) }),
  cards: (element) => ({ content: html(element.children) }),
  card: (element) => {
    const { first: title, firstElement, rest: content } = splitAt(element, 'gk-card-title');
    const link = firstElement?.children.find((child): child is Element => child.type === 'element' && child.tagName === 'a');
    return { title, href: classesOf(element).includes('gk-link-card') ? String(link?.properties.href ?? '') : '', content };
  },
  details: (element) => {
    const { first: summary, rest: content } = splitAt(element, 'gk-details-summary');
    return { summary, open: element.properties.open === true, content };
  },
  badge: (element) => ({ variant: classSuffix(element, 'gk-badge-'), content: html(element.children) }),
};

/**
 * Renders each component's element (marked by `renderAsComponent`) with the theme's template of
 * that name (`components/callout.njk`, …), innermost first: the template is given the component's
 * data and the HTML inside it, rendered already. A component whose template the theme lacks keeps
 * guidekit's own markup, the markup of the default theme's templates. The page notes the hash of
 * each template it was rendered with (`PageData.components`): a change to one renders it again.
 * Runs last, after the user's plugins, as it leaves the components' HTML as text.
 */
export function rehypeComponents(currentContext: () => MarkdownContext) {
  return (tree: Root, file: VFile): void => {
    const templates = currentContext().components;
    const used = new Map<string, string>();
    const visit = (parent: Root | Element) => {
      parent.children.forEach((child, i) => {
        if (child.type !== 'element') return;
        visit(child);
        const name = child.properties[COMPONENT_PROPERTY];
        if (typeof name !== 'string') return;
        delete child.properties[COMPONENT_PROPERTY];
        const template = templates?.get(name);
        used.set(name, template?.hash ?? '');
        if (!template) return;
        const value = renderTemplate(name, template, COMPONENT_DATA[name]!(child), child);
        (parent.children as unknown[])[i] = { type: 'raw', value };
      });
    };
    visit(tree);
    if (used.size > 0) pageData(file).components = used;
  };
}

let environment: nunjucks.Environment | undefined;
/** Compiled templates by the hash of their text. */
const compiled = new Map<string, nunjucks.Template>();

/** The template's output for `data`, as the page's renderer would render it (the same nunjucks options). */
function renderTemplate(name: string, template: ComponentTemplateText, data: ComponentData, element: Element): string {
  const { Environment, Template, runtime } = require('nunjucks') as typeof nunjucks;
  environment ??= new Environment([], { autoescape: true, trimBlocks: true, lstripBlocks: true });
  const context = Object.fromEntries(Object.entries(data).map(([key, value]) => [key, HTML_FIELDS.has(key) ? new runtime.SafeString(String(value)) : value]));
  try {
    let compiledTemplate = compiled.get(template.hash);
    if (!compiledTemplate) {
      compiledTemplate = new Template(template.source, environment, `components/${name}.njk`, true);
      compiled.set(template.hash, compiledTemplate);
    }
    // Trimmed: the template file's last line break is not the component's.
    return compiledTemplate.render(context).trim();
  } catch (cause) {
    throw Object.assign(new Error(`the theme's components/${name}.njk: ${(cause as Error).message.replace(/\s+/g, ' ')}`), {
      place: element.position?.start,
    });
  }
}

/** The inner HTML of the first child element of class `className`, that element, and the HTML after it. */
function splitAt(element: Element, className: string): { first: string; firstElement?: Element; rest: string } {
  const index = element.children.findIndex((child) => child.type === 'element' && classesOf(child).includes(className));
  if (index < 0) return { first: '', rest: html(element.children) };
  const firstElement = element.children[index] as Element;
  return { first: html(firstElement.children), firstElement, rest: html(element.children.slice(index + 1)) };
}

function html(nodes: ElementContent[]): string {
  return toHtml(nodes, { allowDangerousHtml: true });
}

function classesOf(element: Element): string[] {
  const className = element.properties.className;
  return Array.isArray(className) ? className.map(String) : [];
}

/** The rest of the element's class that starts with `prefix`: `note` of `callout-note`. */
function classSuffix(element: Element, prefix: string): string {
  return classesOf(element).find((name) => name.startsWith(prefix))?.slice(prefix.length) ?? '';
}
