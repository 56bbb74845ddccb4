import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Guide } from '../model/guide.js';
import { LATEST_ALIAS_PATH, variantPrefix } from '../model/site-paths.js';
import { relativeTo } from '../model/variant-folder.js';

/**
 * Checks what the trees of a guide with versions cannot check alone: every older version has
 * pages (its folder is there), and no page of the latest takes the URL an older version is
 * published under (`/1.x/`), or the latest's alias (`/latest/`).
 */
export function checkVersions(config: ResolvedConfig, guides: readonly Guide[], pages: readonly string[], diagnostics: DiagnosticBag): void {
  const older = config.versions.filter((version) => !version.latest);
  for (const version of older) {
    if (pages.some((page) => relativeTo(page, version.folder) !== undefined)) continue;
    diagnostics.error(
      'version',
      `version "${version.key}" has no pages: ${version.folder}/ is missing or holds no markdown`,
      { file: config.configFile ? path.relative(config.root, config.configFile) : undefined },
      `snapshot the content with \`guidekit version ${version.key}\`, or remove "${version.key}" from versions.json and the config`,
    );
  }
  for (const guide of guides) {
    if (!guide.version?.latest) continue;
    const prefix = variantPrefix(guide);
    for (const node of guide.pages) {
      const first = node.path.slice(prefix.length).split('/')[0];
      const taken = `${first}/` === LATEST_ALIAS_PATH ? 'the latest version\'s alias' : older.find((version) => version.key === first) && `version "${first}"`;
      if (!taken || !node.file) continue;
      diagnostics.error('duplicate-url', `this page's URL ${guide.base}${prefix}${first}/ is where ${taken} is published`, { file: node.file, line: 1, column: 1 }, 'give the page another `slug`, or rename the version');
    }
  }
}
