import type { SourceCache } from '../../discover/read-content.js';
import type { RenderedMarkdown } from '../../markdown/render-markdown.js';
import type { UrlManifest } from '../../outputs/redirects.js';
import type { PieceLayout } from '../../write/write-output.js';

/** A page's rendered markdown and the hash of the source it came from. */
export interface MarkdownEntry {
  sourceHash: string;
  result: RenderedMarkdown;
}

/** What a build session remembers between builds, and (through the cache file) between runs. */
export interface BuildState {
  sources: SourceCache;
  markdown: Map<string, MarkdownEntry>;
  /** Each output file's key, when the output folder is known to hold exactly these files. */
  outputs?: Map<string, string>;
  /** The structure signature the output keys were made with (see `structureSignature`). */
  structure?: string;
  /** Where the pieces of the files written in pieces sit (see `OutputPiece`). */
  layouts?: Map<string, PieceLayout>;
  /** What the last build published, to redirect the paths the next one no longer has. */
  published?: UrlManifest;
}
