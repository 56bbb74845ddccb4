import type { ResolvedConfig } from '../config/resolve-config.js';
import type { GuideLocale, GuideVersion } from '../model/guide.js';
import { joinFolder } from '../model/variant-folder.js';

/**
 * One variant of a guide published in several languages or versions: a locale of a version.
 * Each variant is a tree of its own, built from its folder.
 */
export interface TreeVariant {
  /** Its content folder, relative to the content folder (`''` for the content folder itself). */
  folder: string;
  /** Where a page the variant lacks is taken from: its version's default locale's folder. */
  fallback: string;
  /** Every variant's folder: one inside another (`versions/1.x` in `''`) is no part of the outer one. */
  folders: readonly string[];
  /** Its locale and every locale (the default first), in a guide with locales. */
  locale?: GuideLocale;
  locales?: readonly GuideLocale[];
  /** Its version and every version (the latest first), in a guide with versions. */
  version?: GuideVersion;
  versions?: readonly GuideVersion[];
  /** The guide's title and description in the variant's language. */
  title: string;
  description: string;
}

/**
 * The variants of a guide, the latest version's first and each version's default locale first:
 * none for a guide in one language and one version.
 */
export function guideVariants(config: ResolvedConfig): TreeVariant[] {
  if (config.locales.length === 0 && config.versions.length === 0) return [];
  const locales: GuideLocale[] = config.locales.map(({ key, label, lang, dir, folder, prefix }) => ({ key, label, lang, dir, folder, prefix }));
  const versions: GuideVersion[] = config.versions.map(({ key, label, folder, prefix, latest }) => ({ key, label, folder, prefix, latest }));
  const variants: TreeVariant[] = [];
  for (const version of versions.length > 0 ? versions : [undefined]) {
    const fallback = joinFolder(version?.folder ?? '', locales[0]?.folder ?? '');
    for (const [i, locale] of (locales.length > 0 ? locales : [undefined]).entries()) {
      variants.push({
        folder: joinFolder(version?.folder ?? '', locale?.folder ?? ''),
        fallback,
        folders: [],
        ...(locale ? { locale, locales } : {}),
        ...(version ? { version, versions } : {}),
        title: config.locales[i]?.title ?? config.title,
        description: config.locales[i]?.description ?? config.description,
      });
    }
  }
  const folders = variants.map((variant) => variant.folder);
  return variants.map((variant) => ({ ...variant, folders }));
}
