import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from './deps.js';
import { fileStamp } from './read-content-file.js';
import { readGitBlobs } from './read-git-ref.js';

/** The intrinsic size of an image, in CSS pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

const IMAGE = /\.(apng|avif|bmp|gif|ico|jpe?g|png|svg|tiff?|webp)$/i;
/** Enough bytes for the header of every format but a JPEG with a large EXIF block, which gets the whole file. */
const HEAD_BYTES = 64 * 1024;

/**
 * Sizes read so far, by absolute path (`git:<blob id>` for an image read from git), with the
 * size/mtime stamp they were read at. Kept for the life of the process so a watch rebuild reads
 * only images that changed.
 */
const memo = new Map<string, { stamp: string; size?: ImageSize }>();

/**
 * Reads the width and height of every image among the content folder's assets (SVGs from their
 * `width`/`height` or `viewBox`), those of versions read from git (`git`: blob ids by path) from
 * the repository. Images whose size cannot be read are left out.
 */
export function readImageSizes(root: string, assets: Iterable<string>, git: ReadonlyMap<string, string> = new Map()): Map<string, ImageSize> {
  const sizes = new Map<string, ImageSize>();
  const images = [...assets].filter((f) => IMAGE.test(f)).sort();
  // Images of a version read from git: a blob's size never changes.
  const blobs = images.filter((file) => git.has(file) && !memo.has(`git:${git.get(file)}`)).map((file) => git.get(file)!);
  for (const [id, bytes] of readGitBlobs(root, blobs)) memo.set(`git:${id}`, { stamp: id, size: sizeOf(bytes) });
  for (const file of images) {
    const blob = git.get(file);
    if (blob) {
      const size = memo.get(`git:${blob}`)?.size;
      if (size) sizes.set(file, size);
      continue;
    }
    const abs = path.join(root, file);
    const stamp = fileStamp(abs);
    if (!stamp) continue;
    let entry = memo.get(abs);
    if (entry?.stamp !== stamp) {
      entry = { stamp, size: measure(abs) };
      memo.set(abs, entry);
    }
    if (entry.size) sizes.set(file, entry.size);
  }
  return sizes;
}

function measure(abs: string): ImageSize | undefined {
  try {
    return sizeOf(readHead(abs)) ?? sizeOf(fs.readFileSync(abs));
  } catch {
    return undefined;
  }
}

function sizeOf(bytes: Uint8Array): ImageSize | undefined {
  try {
    const { width, height, orientation } = imageSize(bytes);
    if (!width || !height) return undefined;
    // EXIF orientations 5–8 are rotated a quarter turn: the image shows with its sides swapped.
    return orientation && orientation >= 5 ? { width: height, height: width } : { width, height };
  } catch {
    return undefined;
  }
}

function readHead(abs: string): Uint8Array {
  const fd = fs.openSync(abs, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}
