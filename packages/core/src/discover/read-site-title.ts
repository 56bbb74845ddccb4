import fs from 'node:fs';
import path from 'node:path';

/**
 * Where a docs folder's site settings are, relative to it: VitePress's `.vitepress/config` in it,
 * Docusaurus's `docusaurus.config` beside it, Starlight's `astro.config` three folders up (its
 * docs are in `src/content/docs/`).
 */
const SITE_CONFIGS = [
  ...['js', 'mjs', 'ts', 'mts'].map((ext) => `.vitepress/config.${ext}`),
  ...['js', 'mjs', 'ts'].map((ext) => `../docusaurus.config.${ext}`),
  ...['mjs', 'js', 'ts', 'mts'].map((ext) => `../../../astro.config.${ext}`),
];
const TITLE = /\btitle\s*:\s*(['"`])((?:(?!\1).)+)\1/;

/**
 * The site's name as a docs folder's own tool names it: the first `title: '…'` of its site
 * config, read as text (the config is code guidekit does not run). Undefined when there is none.
 */
export function readSiteTitle(root: string): string | undefined {
  for (const relative of SITE_CONFIGS) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, relative), 'utf8');
    } catch {
      continue;
    }
    const title = TITLE.exec(text)?.[2]?.trim();
    if (title) return title;
  }
  return undefined;
}
