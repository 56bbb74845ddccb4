import type { ElementContent } from 'hast';
import type { RenderedMarkdown } from '../../markdown/render-markdown.js';
import { assetPath } from '../../markdown/resolve-link.js';
import type { Guide, PageNode } from '../../model/guide.js';
import { hashOf } from '../../support/hash.js';
import { chapterBody, type BookLinks } from './epub-chapter.js';
import { containerXml, ncxDocument, packageDocument, type BookMetadata, type ManifestItem, type TocEntry } from './epub-package.js';
import { EPUB_STYLESHEET } from './epub-stylesheet.js';
import { EPUB_TYPE, toEpubXml } from './epub-xhtml.js';
import { zipEpub, type EpubEntry } from './zip-epub.js';

/** What a guide's EPUB is made from besides the guide and its rendered pages. */
export interface EpubInput {
  guide: Guide;
  bodies: Map<PageNode, RenderedMarkdown | undefined>;
  /** The theme's UI strings in the guide's language (headings the book shares with the site). */
  t: (key: string, vars?: Record<string, unknown>) => string;
  /** The cover image, a path below `public/` (config `epub.cover`). */
  cover?: string;
  /** The bytes of a file of the content folder, by its path relative to it. */
  readFile: (file: string) => Uint8Array;
  generator: string;
}

/** Folder of the book's files in the container. */
const OEBPS = 'OEBPS/';
/** Image types EPUB reading systems must show, by extension. */
const IMAGE_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};
const XHTML_TYPE = 'application/xhtml+xml';

/** One page of the guide as a chapter file of the book. */
interface Chapter {
  node: PageNode;
  id: string;
  /** Path below `OEBPS/`. */
  href: string;
  title: string;
}

/**
 * The guide as an EPUB 3 book: a chapter file for every page in reading order (its title, body,
 * sub-topics and author block), a nested table of contents as a nav document and as NCX,
 * the pages' images, a stylesheet made for e-readers, the cover (if configured), and metadata
 * from the config and the authors. The same guide gives the same bytes.
 */
export function renderEpub(input: EpubInput): Uint8Array {
  const { guide, bodies, t } = input;
  const chapters = guide.pages.map((node, i): Chapter => {
    const id = `p${String(i + 1).padStart(3, '0')}`;
    return { node, id, href: `text/${id}.xhtml`, title: chapterTitle(node) };
  });
  const chapterOf = new Map(chapters.map((chapter) => [chapter.node, chapter]));
  const byUrl = new Map(chapters.map((chapter) => [decodeURI(chapter.node.url), chapter]));
  const images = imagesOf(guide, bodies);
  const glossary = chapters.find((c) => c.node.file !== undefined && c.node.file === guide.glossaryFile);
  const manifest: ManifestItem[] = [
    { id: 'nav', href: 'nav.xhtml', mediaType: XHTML_TYPE, properties: 'nav' },
    { id: 'ncx', href: 'toc.ncx', mediaType: 'application/x-dtbncx+xml' },
    { id: 'style', href: 'style.css', mediaType: 'text/css' },
  ];
  const entries: EpubEntry[] = [{ path: `${OEBPS}style.css`, data: EPUB_STYLESHEET }];
  const spine: string[] = [];
  const used = new Set<string>();

  const cover = input.cover ? coverFiles(input.cover, input.readFile, guide) : undefined;
  if (cover) {
    manifest.push(cover.image, cover.page);
    entries.push(...cover.entries);
    spine.push(cover.page.id);
  }
  spine.push('nav');

  for (const chapter of chapters) {
    const links: BookLinks = {
      href: (href) => bookHref(guide, href, byUrl),
      src: (src) => {
        const image = images.get(decodeURI(src));
        if (!image) return undefined;
        used.add(image.file);
        return `../${image.href}`;
      },
    };
    const html = bodies.get(chapter.node)?.html ?? '';
    const { node } = chapter;
    const body = chapterBody(html, links, { glossary: node === glossary?.node });
    // As on the site, a page without text of its own opens with its description.
    const lead = !html && node.description && node.description !== guide.description;
    const content: ElementContent[] = [
      element('h1', {}, [text(chapter.title)]),
      ...(lead ? [element('p', { className: ['gk-book-lead'] }, [text(node.description)])] : []),
      ...body.children,
      ...subTopics(node, chapterOf, t),
      ...authorBlock(node, guide, t),
    ];
    // A page a translation lacks is the default locale's, in its language.
    const locale = node.untranslated ? guide.locales?.[0] : guide.locale;
    const xhtml = toEpubXml({
      title: chapter.title,
      lang: locale?.lang ?? guide.lang,
      ...(locale ? { dir: locale.dir } : {}),
      stylesheet: '../style.css',
      type: node.depth === 1 ? 'chapter' : undefined,
      body: content,
    });
    entries.push({ path: `${OEBPS}${chapter.href}`, data: xhtml });
    manifest.push({ id: chapter.id, href: chapter.href, mediaType: XHTML_TYPE, ...(body.mathml ? { properties: 'mathml' } : {}) });
    spine.push(chapter.id);
  }
  for (const [i, image] of [...new Set([...images.values()])].filter((image) => used.has(image.file)).entries()) {
    manifest.push({ id: `img${i + 1}`, href: image.href, mediaType: image.mediaType });
    entries.push({ path: `${OEBPS}${image.href}`, data: input.readFile(image.file) });
  }

  const toc = tocOf(guide.home, chapterOf);
  const meta = metadata(guide, input.generator);
  const contents = t('print.contents');
  const first = chapters.find((c) => c.node.kind !== 'home') ?? chapters[0]!;
  const landmarks = [
    element('li', {}, [element('a', { [EPUB_TYPE]: 'toc', href: '#toc' }, [text(contents)])]),
    element('li', {}, [element('a', { [EPUB_TYPE]: 'bodymatter', href: first.href }, [text(first.title)])]),
    ...(glossary ? [element('li', {}, [element('a', { [EPUB_TYPE]: 'glossary', href: glossary.href }, [text(glossary.title)])])] : []),
  ];
  const nav = toEpubXml({
    title: contents,
    lang: guide.lang,
    stylesheet: 'style.css',
    body: [
      element('nav', { [EPUB_TYPE]: 'toc', id: 'toc' }, [element('h1', {}, [text(contents)]), tocList(toc)]),
      element('nav', { [EPUB_TYPE]: 'landmarks', hidden: true }, [element('ol', {}, landmarks)]),
    ],
  });
  entries.unshift(
    { path: 'META-INF/container.xml', data: containerXml(`${OEBPS}content.opf`) },
    { path: `${OEBPS}content.opf`, data: packageDocument(meta, manifest, spine) },
    { path: `${OEBPS}nav.xhtml`, data: nav },
    { path: `${OEBPS}toc.ncx`, data: ncxDocument(meta, toc) },
  );
  return zipEpub(entries);
}

/** A page's title in the book, numbered as in the print page: `3. Software Product Manager`, `3.1 Team and Roles`. */
function chapterTitle(node: PageNode): string {
  if (node.depth === 1) return node.label;
  return node.section.length > 0 ? `${node.section.join('.')} ${node.title}` : node.title;
}

/** Where a link of a page leads in the book: a chapter, the site (when `siteUrl` is set), or nowhere. */
function bookHref(guide: Guide, href: string, byUrl: Map<string, Chapter>): string | undefined {
  if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (!href.startsWith(guide.base)) return undefined;
  const hash = href.indexOf('#');
  const path = hash < 0 ? href : href.slice(0, hash);
  const chapter = byUrl.get(safeDecode(path));
  // Chapter files sit side by side in `text/`.
  if (chapter) return `${chapter.href.slice('text/'.length)}${hash < 0 ? '' : href.slice(hash)}`;
  return guide.siteUrl ? new URL(href.slice(guide.base.length), guide.siteUrl).href : undefined;
}

/** The images the pages show, by their URL on the site: the file they come from and their place in the book. */
function imagesOf(guide: Guide, bodies: Map<PageNode, RenderedMarkdown | undefined>): Map<string, { file: string; href: string; mediaType: string }> {
  const images = new Map<string, { file: string; href: string; mediaType: string }>();
  for (const body of bodies.values()) {
    for (const file of body?.data.assets ?? []) {
      const mediaType = IMAGE_TYPES[file.slice(file.lastIndexOf('.') + 1).toLowerCase()];
      if (!mediaType) continue;
      const path = assetPath(file);
      images.set(`${guide.base}${path}`, { file, href: `images/${path}`, mediaType });
    }
  }
  return images;
}

/** The cover: its image (marked `cover-image`) and a page that shows it, first in reading order. */
function coverFiles(cover: string, readFile: (file: string) => Uint8Array, guide: Guide) {
  const mediaType = IMAGE_TYPES[cover.slice(cover.lastIndexOf('.') + 1).toLowerCase()] ?? 'image/png';
  const href = `images/cover${cover.slice(cover.lastIndexOf('.'))}`;
  const page = toEpubXml({
    title: guide.title,
    lang: guide.lang,
    stylesheet: 'style.css',
    type: 'cover',
    body: [element('figure', { className: ['gk-book-cover'] }, [element('img', { src: href, alt: guide.title }, [])])],
  });
  return {
    image: { id: 'cover-image', href, mediaType, properties: 'cover-image' } satisfies ManifestItem,
    page: { id: 'cover', href: 'cover.xhtml', mediaType: XHTML_TYPE } satisfies ManifestItem,
    entries: [
      { path: `${OEBPS}${href}`, data: readFile(`public/${cover}`) },
      { path: `${OEBPS}cover.xhtml`, data: page },
    ],
  };
}

/** A chapter or group page's list of its sub-topics, as the site shows it. */
function subTopics(node: PageNode, chapterOf: Map<PageNode, Chapter>, t: EpubInput['t']): ElementContent[] {
  if (node.kind === 'home' || node.children.length === 0) return [];
  const items = node.children.map((child) =>
    element('li', {}, [
      element('a', { href: chapterOf.get(child)!.href.slice('text/'.length) }, [text(chapterOf.get(child)!.title)]),
      ...(child.description ? [text(` — ${child.description}`)] : []),
    ]),
  );
  return [element('section', { className: ['gk-book-topics'] }, [element('h2', {}, [text(t(node.depth === 1 ? 'subtopics.chapter' : 'subtopics.section'))]), element('ul', {}, items)])];
}

/** An article's author block: name, role and bio of each of its authors. */
function authorBlock(node: PageNode, guide: Guide, t: EpubInput['t']): ElementContent[] {
  if (node.kind === 'home' || !node.file || node.children.length > 0 || node.authors.length === 0) return [];
  const authors = node.authors.map((id) => guide.authors.get(id)!);
  return [
    element('section', { className: ['gk-book-authors'] }, [
      element('h2', {}, [text(t('author.about', { count: authors.length }))]),
      ...authors.flatMap((author) => [
        element('p', { className: ['gk-book-author-name'] }, [text(author.name)]),
        ...(author.role ? [element('p', { className: ['gk-book-author-role'] }, [text(author.role)])] : []),
        ...(author.bio ? [element('p', {}, [text(author.bio)])] : []),
      ]),
    ]),
  ];
}

/** The table of contents: the home page, then its chapters with theirs nested. */
function tocOf(home: PageNode, chapterOf: Map<PageNode, Chapter>): TocEntry[] {
  const entry = (node: PageNode): TocEntry => ({ title: chapterOf.get(node)!.title, href: chapterOf.get(node)!.href, children: node.children.map(entry) });
  return [{ title: chapterOf.get(home)!.title, href: chapterOf.get(home)!.href, children: [] }, ...home.children.map(entry)];
}

function tocList(entries: TocEntry[]): ElementContent {
  return element(
    'ol',
    {},
    entries.map((entry) => element('li', {}, [element('a', { href: entry.href }, [text(entry.title)]), ...(entry.children.length > 0 ? [tocList(entry.children)] : [])])),
  );
}

/** The book's metadata: a stable identifier, the authors in reading order, the date of its newest page. */
function metadata(guide: Guide, generator: string): BookMetadata {
  const creators = [...new Set(guide.pages.flatMap((node) => node.authors))].map((id) => guide.authors.get(id)!.name);
  const dates = guide.pages.map((node) => node.updated ?? '').filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort();
  const id = hashOf(guide.siteUrl ?? guide.title, guide.lang);
  return {
    ...(guide.locale?.dir === 'rtl' ? { direction: 'rtl' as const } : {}),
    identifier: `urn:uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-5${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`,
    title: guide.title,
    lang: guide.lang,
    description: guide.description,
    creators,
    modified: `${dates.at(-1) ?? '2000-01-01'}T00:00:00Z`,
    generator,
  };
}

function element(tagName: string, properties: Record<string, unknown>, children: ElementContent[]): ElementContent {
  return { type: 'element', tagName, properties: properties as never, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
