import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { StringTable } from '../theme/read-theme-files.js';

export type { StringTable } from '../theme/read-theme-files.js';

/** The language every theme writes its strings in first, and the fallback for a missing one. */
export const FALLBACK_LANG = 'en';

/** Looks a UI string up: `{name}` placeholders are filled from `vars`, plural forms chosen by `vars.count`. */
export interface Translate {
  (key: string, vars?: Record<string, unknown>): string;
  /** The entries whose keys start with one of `prefixes`, for a script to read from the page. */
  pick(...prefixes: string[]): StringTable;
  /** A date written `YYYY-MM-DD` (or a full ISO time) as the language writes it: `1 mars 2026`; other text as it is. */
  date(value: string): string;
}

/**
 * The UI strings of one language: English, then the theme's table for the language (`fr` before
 * `fr-CA`), then the config's. Each English key that neither gives is warned about once per
 * build, and shown in English.
 */
export function resolveStrings(
  themeTables: ReadonlyMap<string, StringTable>,
  configTables: Readonly<Record<string, StringTable>>,
  lang: string,
  diagnostics?: DiagnosticBag,
): StringTable {
  const english = { ...themeTables.get(FALLBACK_LANG), ...configTables[FALLBACK_LANG] };
  const tags = languageChain(lang).filter((tag) => tag !== FALLBACK_LANG);
  const own: StringTable = {};
  for (const tag of [...tags].reverse()) Object.assign(own, themeTables.get(tag), configTables[tag]);
  if (diagnostics && tags.length > 0) {
    const missing = Object.keys(english).filter((key) => !(key in own));
    if (missing.length === Object.keys(english).length) {
      diagnostics.warn('ui-strings', `the theme has no strings for "${lang}": its English strings are shown`, {}, `add theme/strings/${tags[0]}.json or \`strings: { '${tags[0]}': {…} }\` to the config`);
    } else {
      for (const key of missing) {
        diagnostics.warn('ui-strings', `no "${lang}" text for the UI string "${key}": the English one is shown`, {}, `add "${key}" to theme/strings/${tags[0]}.json or to \`strings['${tags[0]}']\` in the config`);
      }
    }
  }
  return { ...english, ...own };
}

/** `fr-CA` → `['fr-CA', 'fr']`. */
function languageChain(lang: string): string[] {
  const parts = lang.split('-');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('-'));
}

const translators = new WeakMap<StringTable, Map<string, Translate>>();

/** The translator of a table in a language (made once per table and language). */
export function translatorFor(table: StringTable, lang: string): Translate {
  let byLang = translators.get(table);
  if (!byLang) translators.set(table, (byLang = new Map()));
  let translate = byLang.get(lang);
  if (!translate) byLang.set(lang, (translate = createTranslator(table, lang)));
  return translate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

function createTranslator(table: StringTable, lang: string): Translate {
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const translate = ((key, vars = {}) => {
    const entry = table[key];
    if (entry === undefined) return key;
    const count = typeof vars.count === 'number' ? vars.count : undefined;
    const text = typeof entry === 'string' ? entry : ((count !== undefined ? entry[plurals.select(count)] : undefined) ?? entry.other ?? '');
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : String(value);
    });
  }) as Translate;
  const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  translate.date = (value) => {
    const time = ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
    return Number.isNaN(time) ? value : dates.format(time);
  };
  translate.pick = (...prefixes) => Object.fromEntries(Object.entries(table).filter(([key]) => prefixes.some((p) => key.startsWith(p))));
  return translate;
}
