import { closestMatch } from '../diagnostics/closest-match.js';
import { CHECK_RULES } from './check-config.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { installCommand, missingPackages, OPTIONAL_PACKAGES } from '../support/optional-package.js';
import { isSafeUrl } from '../support/safe-url.js';
import { positionAt } from '../support/text-position.js';
import type { LayoutName } from './define-config.js';

/** The layouts config `layout` may name. */
export const LAYOUTS: readonly LayoutName[] = ['folders', 'mdbook', 'docs', 'course'];

/** Checks one value: undefined when it is fine, else what it must be. */
export type Check = (value: unknown) => string | undefined;

const string: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');
export const nonEmpty: Check = (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string');
const strings: Check = (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings');
const list: Check = (value) => (Array.isArray(value) ? undefined : 'must be a list');
const url: Check = (value) =>
  typeof value !== 'string' ? 'must be a string' : isSafeUrl(value) ? undefined : `must be an http(s), mailto or relative URL, not "${value}"`;
/** An image a page or the site shows: a path under public/ or an http(s) URL. */
export const image: Check = (value) =>
  typeof value === 'string' && isSafeUrl(value, { images: true }) ? undefined : 'must be a path under public/ or an http(s) URL';
const urls: Check = (value) => strings(value) ?? (value as string[]).map(url).find(Boolean);

/** BCP 47, as far as a page's `lang` needs: `en`, `pt-BR`, `zh-Hant`. */
const LANG = /^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i;

const siteUrl: Check = (value) => {
  if (typeof value !== 'string') return 'must be a string';
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? undefined : 'must be an http(s) URL';
  } catch {
    return `must be a full URL such as https://example.com/guide/, not "${value}"`;
  }
};

/** Why a base path cannot be used, if it cannot (`/guides/pm/`, `guides/pm`). */
export function checkBase(value: unknown): string | undefined {
  if (typeof value !== 'string') return 'must be a string';
  if (/[?#\\\u0000-\u001f]/.test(value)) return 'must be a URL path without ?, #, \\ or control characters';
  if (value.split('/').some((segment) => segment === '.' || segment === '..')) return 'must not contain . or .. segments';
  return undefined;
}

const links: Check = (value) => {
  if (!Array.isArray(value)) return 'must be a list of { label, url }';
  for (const [i, link] of value.entries()) {
    if (typeof link !== 'object' || link === null) return `[${i}] must be { label, url }`;
    const problem = nonEmpty((link as { label?: unknown }).label) ?? url((link as { url?: unknown }).url);
    if (problem) return `[${i}] ${problem}`;
  }
  return undefined;
};

const headingLevel: Check = (value) => (Number.isInteger(value) && (value as number) >= 2 && (value as number) <= 6 ? undefined : 'must be a heading level from 2 to 6');

/** A map whose keys are checked as `schema` says, for front matter: an unknown key is named with the ones it may have. */
export function shapeOf(schema: Record<string, Check>, example: string): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return `must be a map such as ${example}`;
    for (const [key, child] of Object.entries(value)) {
      const check = schema[key];
      if (!check) return `has an unknown key \`${key}\` (it may have ${Object.keys(schema).join(', ')})`;
      const problem = check(child);
      if (problem) return `\`${key}\` ${problem}`;
    }
    return undefined;
  };
}

const tocKeys = shapeOf({ min: headingLevel, max: headingLevel }, '{ min: 2, max: 3 }');

/** `toc: { min, max }`, in config and front matter: the heading levels the table of contents lists. */
export const TOC_RANGE: Check = (value) =>
  tocKeys(value) ?? (((value as { min?: number }).min ?? 2) > ((value as { max?: number }).max ?? 6) ? '`min` must not be above `max`' : undefined);

/** The elements `head` may add, and attributes it never may: event handlers run script from any attribute. */
const HEAD_TAGS = new Set(['meta', 'link', 'script', 'style']);
const ATTRIBUTE = /^(?!on)[a-z][a-z\d:-]*$/i;

const headTags: Check = (value) => {
  if (!Array.isArray(value)) return 'must be a list of { tag, attrs, content }';
  for (const [i, entry] of value.entries()) {
    const { tag, attrs = {}, content } = (entry ?? {}) as { tag?: unknown; attrs?: unknown; content?: unknown };
    if (typeof tag !== 'string' || !HEAD_TAGS.has(tag)) return `[${i}] \`tag\` must be one of ${[...HEAD_TAGS].join(', ')}`;
    if (typeof attrs !== 'object' || attrs === null || Array.isArray(attrs)) return `[${i}] \`attrs\` must be an object`;
    for (const [name, attr] of Object.entries(attrs)) {
      if (!ATTRIBUTE.test(name)) return `[${i}] attribute \`${name}\` is not allowed (event handlers never are)`;
      if (typeof attr !== 'string' && typeof attr !== 'boolean') return `[${i}] attribute \`${name}\` must be a string or true`;
      if ((name === 'href' || name === 'src') && typeof attr === 'string' && !isSafeUrl(attr)) return `[${i}] \`${name}\` must be an http(s) or relative URL`;
    }
    if (content !== undefined && (typeof content !== 'string' || tag === 'meta' || tag === 'link')) return `[${i}] \`content\` is text, for script and style only`;
    if (typeof content === 'string' && new RegExp(`</${tag}`, 'i').test(content)) return `[${i}] \`content\` must not close its <${tag}>`;
  }
  return undefined;
};

/** Sidebar entries: `{ label, url, badge? }` or `{ separator: true | 'Heading' }`. */
const sidebarEntries: Check = (value) => {
  if (!Array.isArray(value)) return 'must be a list of { label, url } and { separator }';
  for (const [i, entry] of value.entries()) {
    if (typeof entry === 'object' && entry !== null && 'separator' in entry) {
      const separator = (entry as { separator: unknown }).separator;
      if (separator !== true && nonEmpty(separator)) return `[${i}] \`separator\` must be true or a heading`;
      continue;
    }
    const problem = links([entry]) ?? ((entry as { badge?: unknown }).badge === undefined ? undefined : nonEmpty((entry as { badge?: unknown }).badge));
    if (problem) return `[${i}] ${problem.replace(/^\[0\] /, '')}`;
  }
  return undefined;
};

export const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false');
const lang: Check = (value) => (typeof value === 'string' && LANG.test(value) ? undefined : 'must be a language tag such as en or pt-BR');

/** What one locale of `locales` may hold. */
const LOCALE: Record<string, Check> = {
  label: nonEmpty,
  lang,
  dir: (value) => (value === 'ltr' || value === 'rtl' ? undefined : 'must be "ltr" or "rtl"'),
  folder: nonEmpty,
  title: nonEmpty,
  description: string,
};

/** Every value of an object checked with `check`; problems name the key. */
function eachValue(check: Check): Check {
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
    for (const [key, child] of Object.entries(value)) {
      const problem = check(child);
      if (problem) return `at "${key}": ${problem}`;
    }
    return undefined;
  };
}

/** A locale: `{ label }` and the optional keys of {@link LOCALE}. */
const locale: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object such as { label: \'Français\' }';
  if (!('label' in value)) return 'needs a `label` (the language\'s name in itself)';
  for (const [key, child] of Object.entries(value)) {
    const check = LOCALE[key];
    if (!check) {
      const near = closestMatch(key, Object.keys(LOCALE));
      return `has an unknown key \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}`;
    }
    const problem = check(child);
    if (problem) return `\`${key}\` ${problem}`;
  }
  return undefined;
};

/** What one version of `versions` may hold. */
const VERSION: Record<string, Check> = { label: nonEmpty, folder: nonEmpty, ref: nonEmpty };

/** What a version's key may be: one URL segment, not one of the site's own folders. */
export function checkVersionName(name: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) return 'must be letters, digits, ".", "_" or "-", as it is a URL segment (`1.x`, `v2`)';
  if (RESERVED_SEGMENTS.has(name)) return `is a folder of the site itself (${[...RESERVED_SEGMENTS].join(', ')})`;
  return undefined;
}

/** Top-level folders of the site that guidekit writes itself. */
const RESERVED_SEGMENTS = new Set(['authors', 'print', '_assets', 'pagefind', 'latest']);

/** The versions of `versions`: each an object of {@link VERSION}'s keys, under a key that can be a URL segment. */
const versions: Check = (value) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return "must be an object such as { '1.x': { label: 'v1' } }";
  for (const [name, version] of Object.entries(value)) {
    const badName = name === 'current' ? undefined : checkVersionName(name);
    if (badName) return `key "${name}" ${badName}`;
    if (typeof version !== 'object' || version === null || Array.isArray(version)) return `at "${name}": must be an object such as { label: 'v1' }`;
    for (const [key, child] of Object.entries(version)) {
      if (name === 'current' && (key === 'folder' || key === 'ref')) return `at "current": has no \`${key}\`: the current version is the content folder`;
      if (key === 'ref' && 'folder' in version) return `at "${name}": has both \`folder\` and \`ref\`: its content is in one of them`;
      const check = VERSION[key];
      if (!check) {
        const near = closestMatch(key, Object.keys(VERSION));
        return `at "${name}": has an unknown key \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ''}`;
      }
      const problem = check(child);
      if (problem) return `at "${name}": \`${key}\` ${problem}`;
    }
  }
  return undefined;
};

/** A UI string: text, or plural forms (`one`, `other`…) of text. */
const uiString: Check = (value) =>
  typeof value === 'string' || (typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string'))
    ? undefined
    : 'must be a string or plural forms such as { one: \'…\', other: \'…\' }';

/** An object whose keys are checked as `schema` says (unknown keys get a "did you mean"). */
function object(schema: Record<string, Check>): Check & { schema: Record<string, Check> } {
  const check = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? undefined : 'must be an object');
  return Object.assign(check, { schema });
}

const positive: Check = (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? undefined : 'must be a whole number above 0');
const ruleLevel: Check = (value) => (value === 'off' || value === 'warning' || value === 'error' ? undefined : "must be 'off', 'warning' or 'error'");

/** `check`: a level per rule of `guidekit check`, and the limits some rules use. */
const check = object({
  rules: object(Object.fromEntries(Object.keys(CHECK_RULES).map((rule) => [rule, ruleLevel]))),
  staleAfterDays: positive,
  titleMaxLength: positive,
  descriptionMaxLength: positive,
  external: object({ timeout: positive, concurrency: positive }),
});

/** A file under `public/` (not a URL): what a book holds must be inside it. */
const publicFile: Check = (value) => (typeof value === 'string' && !/^[a-z][a-z\d+.-]*:/i.test(value) && !image(value) ? undefined : 'must be a path under public/');

/** `epub`: true, false, or the EPUB edition's settings. */
const epub = Object.assign((value: unknown) => (typeof value === 'boolean' ? undefined : object({})(value) && 'must be true, false or { cover }'), {
  schema: { cover: publicFile },
});

/** What each key of `guidekit.config.js` may hold. */
const CONFIG = object({
  title: nonEmpty,
  description: string,
  lang,
  siteUrl,
  base: checkBase,
  outDir: nonEmpty,
  layout: (value) => (LAYOUTS.includes(value as LayoutName) ? undefined : `must be one of ${LAYOUTS.map((l) => `'${l}'`).join(', ')}`),
  ignore: strings,
  defaultAuthor: nonEmpty,
  theme: nonEmpty,
  themeDir: nonEmpty,
  brand: object({ logo: image, accent: string, fontBody: string, fontHeading: string, fontMono: string }),
  footerLinks: links,
  socialLinks: (value) =>
    links(value) ?? (value as { icon?: unknown }[]).map((link, i) => (link.icon === undefined || typeof link.icon === 'string' ? undefined : `[${i}] \`icon\` must be a string`)).find(Boolean),
  headerLinks: links,
  sidebar: object({ links: sidebarEntries, expand: (value) => (value === 'all' || value === 'current' ? undefined : "must be 'all' or 'current'") }),
  toc: TOC_RANGE,
  banner: Object.assign(
    (value: unknown) => object({}).call(null, value) ?? (typeof (value as { text?: unknown }).text === 'string' ? undefined : 'needs a `text`'),
    { schema: { text: nonEmpty, link: (value: unknown) => links([value])?.replace(/^\[0\] /, ''), id: nonEmpty } },
  ),
  head: headTags,
  image,
  socialCards: boolean,
  analytics: string,
  lastUpdated: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  editLink: (value) => url(value) ?? (String(value).includes('{path}') ? undefined : 'must contain {path}, where the page\'s file goes'),
  portable: boolean,
  zip: boolean,
  epub,
  extraCss: urls,
  extraJs: urls,
  markdown: object({
    remarkPlugins: list,
    rehypePlugins: list,
    rehypePluginsAfter: list,
    lineNumbers: boolean,
    rawHtml: (value) => (value === 'allow' || value === 'escape' ? undefined : "must be 'allow' or 'escape'"),
  }),
  locales: eachValue(locale),
  defaultLocale: nonEmpty,
  prefixDefaultLocale: boolean,
  versions,
  strings: eachValue(eachValue(uiString)),
  numbering: boolean,
  check,
});

/**
 * Where a key is first written in the config's text (`key:` or `"key":`), for its problem's
 * line and column; nothing when it cannot be found (a key built by code).
 */
function placeOf(text: string, key: string): { line?: number; column?: number } {
  const match = new RegExp(`(^|[\\s{,])(["']?)${key.replace(/[$]/g, '\\$&')}\\2\\s*:`).exec(text);
  if (!match) return {};
  return positionAt(text, match.index + match[1]!.length);
}

/**
 * Checks a config as the user wrote it: every key guidekit knows must hold what it reads, and a
 * key it does not know is a mistake (with the nearest known key as a hint). Returns one problem
 * per key, on `file`.
 */
export function validateConfig(user: Record<string, unknown>, file: string, text = ''): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const at = (key: string) => placeOf(text, key);
  const visit = (value: Record<string, unknown>, schema: Record<string, Check>, prefix: string) => {
    for (const [key, child] of Object.entries(value)) {
      const name = `${prefix}${key}`;
      const check = schema[key];
      if (!check) {
        const near = closestMatch(key, Object.keys(schema));
        const hint = near ? `did you mean \`${prefix}${near}\`?` : `known keys: ${Object.keys(schema).join(', ')}`;
        problems.push({ severity: 'error', rule: 'config', file, ...at(key), message: `unknown config key \`${name}\``, hint });
        continue;
      }
      if (child === undefined) continue;
      const problem = check(child);
      if (problem) problems.push({ severity: 'error', rule: 'config', file, ...at(key), message: `\`${name}\` ${problem}` });
      else if ('schema' in check) visit(child as Record<string, unknown>, (check as { schema: Record<string, Check> }).schema, `${name}.`);
    }
  };
  visit(user, CONFIG.schema, '');
  const locales = typeof user.locales === 'object' && user.locales !== null ? Object.keys(user.locales) : [];
  if (typeof user.defaultLocale === 'string' && !locales.includes(user.defaultLocale)) {
    const near = closestMatch(user.defaultLocale, locales);
    problems.push({
      severity: 'error',
      rule: 'config',
      file,
      message: `\`defaultLocale\` "${user.defaultLocale}" is not one of \`locales\``,
      hint: near ? `did you mean "${near}"?` : locales.length ? `the locales are ${locales.join(', ')}` : 'add `locales`',
    });
  }
  const clash = Object.keys(user.versions && typeof user.versions === 'object' ? user.versions : {}).find((name) => locales.includes(name));
  if (clash) {
    problems.push({ severity: 'error', rule: 'config', file, ...at('versions'), message: `\`versions\` "${clash}" is also a locale: both would be served under /${clash}/`, hint: 'rename the version' });
  }
  return problems;
}

/**
 * Checks that the packages a config's opt-in features need are installed (they are optional
 * peers of guidekit, see `OPTIONAL_PACKAGES`), from guidekit's place or the guide's `root`: a
 * problem on the key that asks for one, before anything is written.
 */
export function checkFeaturePackages(user: Record<string, unknown>, file: string, text: string, root: string): Diagnostic[] {
  if (user.socialCards !== true) return [];
  const missing = missingPackages(OPTIONAL_PACKAGES.socialCards, root);
  if (missing.length === 0) return [];
  const which = missing.length === 1 ? `${missing[0]}, which is not installed` : `${missing.join(', ')}, which are not installed`;
  return [{
    severity: 'error',
    rule: 'config',
    file,
    ...placeOf(text, 'socialCards'),
    message: `\`socialCards\` draws its cards with ${which}`,
    hint: `\`${installCommand(OPTIONAL_PACKAGES.socialCards)}\`, or leave \`socialCards\` out`,
  }];
}
