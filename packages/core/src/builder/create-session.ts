import path from 'node:path';
import { CONFIG_FILES, VERSIONS_FILE } from '../config/load-config.js';
import { isInside } from '../support/is-inside.js';
import { includeFolders } from '../discover/mdbook/read-book.js';
import { createBuilder, type BuildOptions, type BuildReport, type Builder } from './create-builder.js';

/** A build session that follows edits: the engine behind `guidekit watch`. */
export interface Session {
  /** The current builder (renewed when the config or theme changes). */
  readonly builder: Builder;
  /** Builds everything (the first time) or what changed since the last build. */
  build(): Promise<BuildReport>;
  /**
   * Rebuilds after the given files (absolute paths) changed. A change to the config file or the
   * theme starts a new builder; any other change re-renders only the pages it affects.
   */
  update(changed: string[]): Promise<BuildReport>;
  /** Waits for background outputs and saves the build cache. */
  close(): Promise<void>;
}

/** Creates a session for a content folder. Throws a `GuidekitError` as {@link createBuilder} does. */
export async function createSession(options: BuildOptions): Promise<Session> {
  let builder = await createBuilder(options);
  // Set while a config or theme change has not loaded yet (say, a config with a syntax error).
  let reloadPending = false;
  // The content folder and the folders its pages include from (an mdBook's, above its src/) are content, the rest theme.
  const themeDirs = () => builder.inputs.filter((dir) => dir !== builder.config.root && !includeFolders(builder.config.root).includes(dir));
  const isConfig = (file: string) =>
    path.dirname(file) === builder.config.root && [...CONFIG_FILES, VERSIONS_FILE].includes(path.basename(file));
  return {
    get builder() {
      return builder;
    },
    build: () => builder.build(),
    async update(changed) {
      reloadPending ||= changed.some((file) => isConfig(file) || themeDirs().some((dir) => isInside(dir, file)));
      if (reloadPending) {
        // Closed first, so it saves the build cache the new one loads: a template change renders
        // again only the pages that use it. Should the new one fail, the next change tries again.
        await builder.close();
        builder = await createBuilder(options);
        reloadPending = false;
      }
      return builder.build();
    },
    close: () => builder.close(),
  };
}
