import type { BuildOverrides } from '../config/resolve-config.js';

/** Where and how to build. */
export interface BuildOptions extends BuildOverrides {
  /** The content folder. */
  root: string;
  /** Keep results in `node_modules/.cache/guidekit` so the next run renders only what changed. Default true. */
  cache?: boolean;
  /**
   * Write the outputs that hold the whole guide (the search index, the print page) after `build()`
   * returns instead of before, so a watch session reloads pages without waiting for them. Default false.
   */
  background?: boolean;
}
