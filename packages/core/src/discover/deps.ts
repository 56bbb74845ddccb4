/**
 * The third-party modules of discovery, in one place: the build bundles this module into one
 * file (see `scripts/bundle-deps.mjs`), as loading them file by file took ~80 ms of every build.
 * Types are imported from the packages themselves.
 */
export { imageSize } from 'image-size';
export { default as picomatch } from 'picomatch';
export { isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
export { parse as parseToml, TomlError } from 'smol-toml';
