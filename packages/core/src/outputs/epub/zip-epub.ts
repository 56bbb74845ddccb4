import { zipBytes, type ZipEntry } from '../../write/zip-output.js';

/** A file of an EPUB: its path in the container and its bytes (or text, written as UTF-8). */
export interface EpubEntry {
  path: string;
  data: string | Uint8Array;
}

/** Formats already compressed, stored as they are. */
const STORED = /\.(?:png|jpe?g|gif|webp|woff2?)$/i;

/**
 * Zips an EPUB's files as the format asks (OCF): `mimetype` first, stored, without extra fields,
 * then `entries` in the order given. The same entries give the same bytes.
 */
export function zipEpub(entries: EpubEntry[]): Uint8Array {
  const files: ZipEntry[] = [{ name: 'mimetype', data: Buffer.from('application/epub+zip'), store: true }];
  for (const { path, data } of entries) {
    files.push({ name: path, data: typeof data === 'string' ? Buffer.from(data) : data, store: STORED.test(path) });
  }
  return zipBytes('the EPUB', files);
}
