/**
 * Where the content of a guide's variants is, relative to the content folder: a version's folder
 * holds its locales' folders (`versions/1.x/fr`), and either may be the content folder itself (`''`).
 */

/** `versions/1.x` and `fr` → `versions/1.x/fr`; either may be `''`. */
export function joinFolder(folder: string, relative: string): string {
  return folder && relative ? `${folder}/${relative}` : folder || relative;
}

/** `p` relative to `folder` (`''` for the folder itself), or undefined when it is not in it. */
export function relativeTo(p: string, folder: string): string | undefined {
  if (folder === '') return p;
  return p === folder ? '' : p.startsWith(`${folder}/`) ? p.slice(folder.length + 1) : undefined;
}

/** The content folder of a locale within a tree's version. */
export function localeFolder(guide: { readonly version?: { readonly folder: string } }, locale: { readonly folder: string }): string {
  return joinFolder(guide.version?.folder ?? '', locale.folder);
}
