import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { GuidekitError } from '../diagnostics/guidekit-error.js';
import { listOutput } from './write-output.js';

/**
 * Every entry's time, in the zip's MS-DOS form: 1980-01-01 00:00, the earliest it can hold, so the
 * same files give the same bytes in every time zone.
 */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;
/** Names are UTF-8 (general purpose flag, bit 11). */
const UTF8 = 0x0800;
/** Made on Unix (so the entries' permissions are read), by a zip 2.0 writer. */
const MADE_BY = (3 << 8) | 20;
/** `rw-r--r--` regular files. */
const FILE_ATTRIBUTES = (0o100644 << 16) >>> 0;
/** Without zip64, a zip holds at most this many entries, and this many bytes. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** A file of a zip: its name in the zip and its bytes; `store` keeps it uncompressed. */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
  store?: boolean;
}

/**
 * Writes the output folder's files (all but `name` itself) into `outDir/name`, below a folder
 * named as the zip (`guide/…`), one file in memory at a time. The zip goes in through a temporary
 * name, so a reader never sees half of it.
 */
export async function writeOutputZip(outDir: string, name: string): Promise<void> {
  const folder = name.replace(/\.zip$/i, '');
  const files = listOutput(outDir).filter((file) => file !== name);
  if (files.length > MAX_ENTRIES) throw tooLarge(name, `${files.length} files are more than a zip without zip64 holds`);
  const target = path.join(outDir, name);
  const temporary = `${target}.${process.pid}.tmp`;
  const out = fs.openSync(temporary, 'w');
  try {
    const entries = function* (): Generator<ZipEntry> {
      for (const file of files) yield { name: `${folder}/${file}`, data: fs.readFileSync(path.join(outDir, file)) };
    };
    writeZip(name, entries(), (chunk) => fs.writeSync(out, chunk));
  } finally {
    fs.closeSync(out);
  }
  fs.renameSync(temporary, target);
}

/** The bytes of a zip of `entries` (see `writeZip`); `name` is the zip's, for an error. */
export function zipBytes(name: string, entries: Iterable<ZipEntry>): Uint8Array {
  const chunks: Buffer[] = [];
  writeZip(name, entries, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/**
 * Writes a zip of `entries`, in the order given, deflated by Node's zlib, in chunks to `write`.
 * The same entries give the same bytes: every one has the same time and no extra fields.
 */
function writeZip(name: string, entries: Iterable<ZipEntry>, write: (chunk: Buffer) => void): void {
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name: entryName, data, store } of entries) {
    if (central.length === MAX_ENTRIES) throw tooLarge(name, `more than ${MAX_ENTRIES} files are more than a zip without zip64 holds`);
    const deflated = store ? undefined : zlib.deflateRawSync(data);
    // A file deflate does not shrink (an image) is stored as it is.
    const [method, body] = deflated && deflated.length < data.length ? [8, deflated] : [0, data];
    const entry = { name: Buffer.from(entryName), method, crc: crc32(data), size: data.length, stored: body.length, offset };
    if (offset + body.length > MAX_BYTES) throw tooLarge(name, 'the output is larger than the 4 GB a zip without zip64 holds');
    const local = localHeader(entry);
    write(local);
    write(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
    offset += local.length + body.length;
    central.push(centralHeader(entry));
  }
  const directory = Buffer.concat(central);
  write(directory);
  write(endOfDirectory(central.length, directory.length, offset));
}

function tooLarge(name: string, why: string): GuidekitError {
  return new GuidekitError([{ severity: 'error', rule: 'zip', message: `cannot write ${name}: ${why}` }]);
}

/** True when the output folder has the zip. */
export function hasOutputZip(outDir: string, name: string): boolean {
  return fs.existsSync(path.join(outDir, name));
}

/** Removes a zip an earlier build wrote into the output folder. */
export function removeOutputZip(outDir: string, name: string): void {
  fs.rmSync(path.join(outDir, name), { force: true });
}

interface Entry {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  stored: number;
  offset: number;
}

function localHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.stored, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  return Buffer.concat([header, entry.name]);
}

function centralHeader(entry: Entry): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(MADE_BY, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.stored, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  header.writeUInt32LE(FILE_ATTRIBUTES, 38);
  header.writeUInt32LE(entry.offset, 42);
  return Buffer.concat([header, entry.name]);
}

function endOfDirectory(entries: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries, 8);
  end.writeUInt16LE(entries, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** CRC-32 (IEEE), the checksum a zip entry carries. */
const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
