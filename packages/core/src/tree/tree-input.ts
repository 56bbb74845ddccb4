import type { ResolvedConfig } from '../config/resolve-config.js';
import type { ContentLayout } from '../discover/detect-layout.js';
import type { DiscoveredFiles } from '../discover/discover-files.js';
import type { FolderSettings } from '../discover/read-folder-settings.js';
import type { SourcePage } from '../discover/read-sources.js';
import type { AuthorEntry } from '../model/guide.js';

/** What the tree is built from: what discovery read from disk. */
export interface TreeInput {
  config: ResolvedConfig;
  files: DiscoveredFiles;
  sources: Map<string, SourcePage>;
  authors: Map<string, AuthorEntry>;
  /** The date of each file's last commit, where known (see `readGitDates`). */
  lastCommits?: Map<string, string>;
  /** The content folder's layout (default: numbered folders). */
  layout?: ContentLayout;
  /** Folder settings files (`_category_.json`, `_meta.yml`), by folder. */
  folders?: Map<string, FolderSettings>;
}
