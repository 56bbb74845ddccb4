import type { PageKind } from '../model/guide.js';
import { readableTitle } from '../model/parse-name.js';
import type { NodeDraft } from './node-draft.js';
import type { TreeInput } from './tree-input.js';

/** The pages a tree is made of, as paths within its locale's folder, and the file each stands for. */
export interface TreeFiles {
  pages: string[];
  dirs: string[];
  fileOf(relative: string): string;
  dirOf(relative: string): string;
  isTranslated(relative: string): boolean;
}

/** Makes a tree's node for a page (or a folder without one): its title, label, description and dates, from its file. */
export type MakeNode = (kind: PageKind, relative: string | undefined, stem: string, depth: number) => NodeDraft;

/**
 * The node maker of one tree. A page's title is its front matter's `title`, else its own heading,
 * else its name made readable; its label in navigation is front matter `sidebar_label`, else its title.
 */
export function createNodeMaker({ config, sources, lastCommits }: TreeInput, files: TreeFiles): MakeNode {
  const localized = config.locales.length > 0;
  return (kind, relative, stem, depth) => {
    const file = relative === undefined ? undefined : files.fileOf(relative);
    const source = file ? sources.get(file) : undefined;
    const fm = source?.frontMatter.data ?? {};
    const title = fm.title ?? source?.heading ?? readableTitle(stem);
    return {
      id: file ?? '',
      ...(localized && relative !== undefined ? { localeId: relative, ...(files.isTranslated(relative) ? {} : { untranslated: true }) } : {}),
      kind,
      file,
      title,
      section: [],
      label: typeof fm.sidebar_label === 'string' ? fm.sidebar_label : title,
      description: fm.description ?? source?.summary ?? '',
      ...updatedOf(fm.updated, file && lastCommits?.get(file)),
      path: '',
      url: '',
      authors: [],
      frontMatter: fm,
      children: [],
      depth,
    };
  };
}

/** When a page was last updated: front matter `updated` (a date the YAML reader made is written `YYYY-MM-DD`), else its last commit. */
function updatedOf(written: unknown, committed: string | undefined): { updated?: string } {
  if (written instanceof Date && !Number.isNaN(written.getTime())) return { updated: written.toISOString().slice(0, 10) };
  if (typeof written === 'string' && written.trim()) return { updated: written.trim() };
  return committed ? { updated: committed } : {};
}
