import { strToU8, zipSync, type Zippable } from 'fflate';

/** A file of an EPUB: its path in the container and its bytes (or text, written as UTF-8). */
export interface EpubEntry {
  path: string;
  data: string | Uint8Array;
}

/**
 * The date every entry carries: a fixed one, so the same book zips to the same bytes. Given as local
 * time because the zip format stores local time (fflate reads the `Date`'s local fields).
 */
const ENTRY_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** Formats already compressed, stored as they are. */
const STORED = /\.(?:png|jpe?g|gif|webp|woff2?)$/i;

/**
 * Zips an EPUB's files as the format asks (OCF): `mimetype` first, stored, without extra fields,
 * then `entries` in the order given. The same entries give the same bytes.
 */
export function zipEpub(entries: EpubEntry[]): Uint8Array {
  const files: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0, mtime: ENTRY_DATE }] };
  for (const { path, data } of entries) {
    const bytes = typeof data === 'string' ? strToU8(data) : data;
    files[path] = [bytes, { level: STORED.test(path) ? 0 : 9, mtime: ENTRY_DATE }];
  }
  return zipSync(files);
}
