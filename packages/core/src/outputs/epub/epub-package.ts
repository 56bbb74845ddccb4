import type { Element } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';

/** A file of the book listed in its manifest. */
export interface ManifestItem {
  id: string;
  /** Path relative to the package document. */
  href: string;
  mediaType: string;
  /** `nav`, `mathml`, `cover-image`. */
  properties?: string;
}

/** A chapter in the book's table of contents, with those below it. */
export interface TocEntry {
  title: string;
  /** Path relative to the package document. */
  href: string;
  children: TocEntry[];
}

/** What the package document says of the book. */
export interface BookMetadata {
  identifier: string;
  title: string;
  lang: string;
  description: string;
  creators: string[];
  /** `CCYY-MM-DDThh:mm:ssZ`. */
  modified: string;
  /** A book in a right-to-left language turns its pages that way. */
  direction?: 'rtl';
  generator: string;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** `META-INF/container.xml`: where the package document is. */
export function containerXml(packagePath: string): string {
  const container = x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
    x('rootfiles', [x('rootfile', { 'full-path': packagePath, 'media-type': 'application/oebps-package+xml' })]),
  ]);
  return xml(container);
}

/** The package document (`content.opf`): metadata, every file of the book, and the reading order (`spine`, ids of manifest items). */
export function packageDocument(meta: BookMetadata, manifest: ManifestItem[], spine: string[]): string {
  const cover = manifest.find((item) => item.properties === 'cover-image');
  const pkg = x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'uid', 'xml:lang': meta.lang }, [
    x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
      x('dc:identifier', { id: 'uid' }, meta.identifier),
      x('dc:title', meta.title),
      x('dc:language', meta.lang),
      ...meta.creators.map((name) => x('dc:creator', name)),
      ...(meta.description ? [x('dc:description', meta.description)] : []),
      x('meta', { property: 'dcterms:modified' }, meta.modified),
      // For EPUB 2 reading systems, which find the cover by this name.
      ...(cover ? [x('meta', { name: 'cover', content: cover.id })] : []),
      x('meta', { name: 'generator', content: meta.generator }),
    ]),
    x(
      'manifest',
      manifest.map((item) => x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, ...(item.properties ? { properties: item.properties } : {}) })),
    ),
    x('spine', { toc: 'ncx', ...(meta.direction ? { 'page-progression-direction': meta.direction } : {}) }, spine.map((idref) => x('itemref', { idref }))),
  ]);
  return xml(pkg);
}

/** The EPUB 2 table of contents (`toc.ncx`), which older reading systems read instead of the nav document. */
export function ncxDocument(meta: BookMetadata, toc: TocEntry[]): string {
  let order = 0;
  let depth = 0;
  const navPoint = (entry: TocEntry, level: number): Element => {
    order++;
    depth = Math.max(depth, level);
    return x('navPoint', { id: `nav-${order}`, playOrder: String(order) }, [
      x('navLabel', [x('text', entry.title)]),
      x('content', { src: entry.href }),
      ...entry.children.map((child) => navPoint(child, level + 1)),
    ]);
  };
  const points = toc.map((entry) => navPoint(entry, 1));
  const ncx = x('ncx', { xmlns: 'http://www.daisy.org/z3986/2005/ncx/', version: '2005-1', 'xml:lang': meta.lang }, [
    x('head', [
      x('meta', { name: 'dtb:uid', content: meta.identifier }),
      x('meta', { name: 'dtb:depth', content: String(depth) }),
      x('meta', { name: 'dtb:totalPageCount', content: '0' }),
      x('meta', { name: 'dtb:maxPageNumber', content: '0' }),
    ]),
    x('docTitle', [x('text', meta.title)]),
    x('navMap', points),
  ]);
  return xml(ncx);
}

function xml(root: Element): string {
  return `${XML_DECLARATION}${toXml(root, { closeEmptyElements: true })}\n`;
}
