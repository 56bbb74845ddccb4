import { closestMatch } from '../diagnostics/closest-match.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isSafeUrl } from '../support/safe-url.js';
import type { LayoutName } from './define-config.js';

/** The layouts config `layout` may name. */
export const LAYOUTS: readonly LayoutName[] = ['folders', 'mdbook', 'docs', 'course'];

/** Checks one value: undefined when it is fine, else what it must be. */
type Check = (value: unknown) => string | undefined;

const string: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const nonEmpty: Check = (value) => (typeof value === 'string' && value.trim() !== '' ? undefined : 'must be a non-empty string');
const strings: Check = (value) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'must be a list of strings');
const list: Check = (value) => (Array.isArray(value) ? undefined : 'must be a list');
const url: Check = (value) =>
  typeof value !== 'string' ? 'must be a string' : isSafeUrl(value) ? undefined : `must be an http(s), mailto or relative URL, not "${value}"`;
const image: Check = (value) =>
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

const boolean: Check = (value) => (typeof value === 'boolean' ? undefined : 'must be true or false');
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
  socialLinks: links,
  lastUpdated: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  editLink: (value) => url(value) ?? (String(value).includes('{path}') ? undefined : 'must contain {path}, where the page\'s file goes'),
  extraCss: urls,
  extraJs: urls,
  markdown: object({
    remarkPlugins: list,
    rehypePlugins: list,
    rawHtml: (value) => (value === 'allow' || value === 'escape' ? undefined : "must be 'allow' or 'escape'"),
  }),
  locales: eachValue(locale),
  defaultLocale: nonEmpty,
  prefixDefaultLocale: boolean,
  strings: eachValue(eachValue(uiString)),
});

/**
 * Where a key is first written in the config's text (`key:` or `"key":`), for its problem's
 * line and column; nothing when it cannot be found (a key built by code).
 */
function placeOf(text: string, key: string): { line?: number; column?: number } {
  const match = new RegExp(`(^|[\\s{,])(["']?)${key.replace(/[$]/g, '\\$&')}\\2\\s*:`).exec(text);
  if (!match) return {};
  const offset = match.index + match[1]!.length;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
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
  return problems;
}
