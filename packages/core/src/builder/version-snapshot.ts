import { loadConfig, readVersionsFile, VERSIONS_FILE } from '../config/load-config.js';
import { CURRENT_VERSION, VERSIONS_FOLDER } from '../config/resolve-config.js';
import { checkVersionName } from '../config/validate-config.js';
import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import { discoverFiles } from '../discover/discover-files.js';
import { relativeTo } from '../model/variant-folder.js';

/** What snapshotting the current content as a version copies, and where. */
export interface VersionSnapshot {
  /** The content folder. */
  root: string;
  /** Where the snapshot goes, relative to the content folder: `versions/<name>`. */
  folder: string;
  /** The files to copy there, relative to the content folder: every page and file of every locale, but no other version's. */
  files: string[];
  /** What `versions.json` lists once the snapshot is made: the new version first. */
  versions: string[];
}

/**
 * Plans a snapshot of the content folder as the version `name`, as `guidekit version` makes it:
 * the pages and files the build reads (not the config, `authors.yml`, `public/` or the theme,
 * which every version shares), into `versions/<name>/`, listed first in `versions.json`. A name
 * that cannot be a version, or that the guide has already, is a {@link GuidekitError} of kind `usage`.
 */
export async function planVersionSnapshot(root: string, name: string): Promise<VersionSnapshot> {
  const config = await loadConfig(root);
  const refuse = (message: string, hint?: string): never => {
    throw new GuidekitError([{ severity: 'error', rule: 'version', message, ...(hint ? { hint } : {}) }], 'usage');
  };
  const bad = checkVersionName(name) ?? (name === CURRENT_VERSION ? 'names the content folder itself' : undefined);
  if (bad) refuse(`version "${name}" ${bad}`);
  if (config.versions.some((v) => v.key === name)) {
    refuse(`the guide has a version "${name}" already`, `choose another name, or remove it from ${VERSIONS_FILE} and its folder first`);
  }
  if (config.locales.some((l) => l.key === name)) refuse(`version "${name}" is also a locale: both would be served under /${name}/`);
  const others = [VERSIONS_FOLDER, ...config.versions.filter((v) => !v.latest).map((v) => v.folder)];
  const found = discoverFiles(config, new DiagnosticBag());
  const files = [...found.pages, ...found.assets].filter((file) => others.every((folder) => relativeTo(file, folder) === undefined)).sort();
  return { root: config.root, folder: `${VERSIONS_FOLDER}/${name}`, files, versions: [name, ...readVersionsFile(config.root)] };
}
