import type { Guide, PageNode } from '../model/guide.js';
import { variantPrefix } from '../model/site-paths.js';

/** The same page in one of the guide's locales: what the language picker and `hreflang` links show. */
export interface Translation {
  /** The locale's key, its name in itself, its BCP 47 tag and its writing direction. */
  key: string;
  label: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  url: string;
  /** This is the locale of the page being rendered. */
  current: boolean;
  /** The locale has no translation of the page: its URL shows the default locale's text. */
  untranslated: boolean;
}

/**
 * Finds a page in every locale's tree of its version: by its id within the locale folder (a page
 * of one locale is in every other, translated or not), or for pages outside the tree (author
 * pages, the print page) by the path below the tree's prefix.
 */
export function createTranslations(guides: readonly Guide[]): (guide: Guide, page: PageNode | string) => Translation[] {
  if (guides.length < 2 || !guides[0]!.locale) return () => [];
  const byLocaleId = new Map(guides.map((g) => [g, new Map(g.pages.map((n) => [n.localeId, n]))]));
  return (guide, page) => {
    const locales = guides.filter((other) => other.version?.key === guide.version?.key);
    if (locales.length < 2) return [];
    return locales.map((other) => {
      const locale = other.locale!;
      const current = other === guide;
      if (typeof page === 'string') {
        const below = page.slice(variantPrefix(guide).length);
        return { ...pick(locale), url: encodeURI(`${other.base}${variantPrefix(other)}${below}`), current, untranslated: false };
      }
      const node = byLocaleId.get(other)!.get(page.localeId) ?? other.home;
      return { ...pick(locale), url: node.url, current, untranslated: node.untranslated === true };
    });
  };
}

function pick({ key, label, lang, dir }: NonNullable<Guide['locale']>): Pick<Translation, 'key' | 'label' | 'lang' | 'dir'> {
  return { key, label, lang, dir };
}
