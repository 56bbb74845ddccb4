import type { Content } from '../discover/read-content.js';
import type { ImageSize } from '../discover/read-image-sizes.js';
import type { IncludedFile } from '../discover/read-includes.js';
import type { Glossary } from './glossary.js';
import type { Guide } from '../model/guide.js';
import { joinFolder, localeFolder, relativeTo } from '../model/variant-folder.js';

export type { ImageSize } from '../discover/read-image-sizes.js';

/** What a link to a page needs: the page's id (for anchor checks) and URL. */
export interface PageRef {
  id: string;
  url: string;
}

/**
 * What the markdown pipeline knows of the guide beyond the page it renders: plain data, so a
 * worker thread can receive it. Rebuilt whenever the tree changes.
 */
export interface MarkdownContext {
  /** Base path, starting and ending with `/`. */
  base: string;
  /** Pages by source file, and folder pages by folder. */
  files: Map<string, PageRef>;
  dirs: Map<string, PageRef>;
  /** The folders of the guide's older versions: their names stay as they are in asset paths (see `assetPath`). */
  versionFolders?: string[];
  /** Non-page files of the content folder. */
  assets: Set<string>;
  /** Sizes of the image assets, read during discovery (plugins do no disk I/O). */
  images: Map<string, ImageSize>;
  /** The files pages include, read during discovery, by content-relative path. */
  includes: Map<string, IncludedFile>;
  /** Source file of the glossary page, when the guide has one: its terms are read as it renders. */
  glossaryFile?: string;
  /** The terms pages link to their definitions, once the glossary page is rendered. */
  glossary?: Glossary;
  /**
   * The theme's templates of the components (`callout`, `tabs`, …) by name, each with a hash of
   * its text; a component without one keeps guidekit's own markup (see `rehypeComponents`).
   */
  components?: Map<string, ComponentTemplateText>;
}

/** A component template as plain text (nunjucks) and a hash of it. */
export interface ComponentTemplateText {
  source: string;
  hash: string;
}

/**
 * The markdown context of a guide read from `content`, with the theme's component templates; its
 * glossary's terms are added once the glossary page is rendered.
 */
export function createMarkdownContext(
  guide: Guide,
  content: Pick<Content, 'files' | 'images' | 'includes'>,
  components?: Map<string, ComponentTemplateText>,
): MarkdownContext {
  const ref = (node: { id: string; url: string }): PageRef => ({ id: node.id, url: node.url });
  const files = new Map([...guide.byFile].map(([file, node]) => [file, ref(node)]));
  const dirs = new Map([...guide.byDir].map(([dir, node]) => [dir, ref(node)]));
  if (guide.locale && guide.locales) addLocaleAliases(guide, files, dirs);
  return {
    base: guide.base,
    ...(guide.versions ? { versionFolders: guide.versions.filter((v) => !v.latest).map((v) => v.folder) } : {}),
    files,
    dirs,
    assets: content.files.assets,
    images: content.images,
    includes: content.includes,
    glossaryFile: guide.glossaryFile,
    ...(components ? { components } : {}),
  };
}

/**
 * In a locale's tree, a link to a page of any locale's folder (`../en/intro.md` written in a
 * translation, or `intro.md` in a default-locale page shown untranslated) leads to that page in
 * this locale: every locale folder's path of a page names this tree's page.
 */
function addLocaleAliases(guide: Guide, files: Map<string, PageRef>, dirs: Map<string, PageRef>): void {
  const own = localeFolder(guide, guide.locale!);
  const folders = guide.locales!.map((locale) => localeFolder(guide, locale));
  for (const node of guide.pages) {
    const ref = { id: node.id, url: node.url };
    if (node.file && node.localeId !== undefined) {
      for (const folder of folders) {
        const key = joinFolder(folder, node.localeId);
        if (!files.has(key)) files.set(key, ref);
      }
    }
    const dir = node.dir === undefined ? undefined : relativeTo(node.dir, own);
    if (dir === undefined) continue;
    for (const folder of folders) {
      const key = joinFolder(folder, dir);
      if (!dirs.has(key)) dirs.set(key, ref);
    }
  }
}
