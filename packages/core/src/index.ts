export {
  defineConfig,
  type UserConfig,
  type BrandConfig,
  type EpubConfig,
  type LinkConfig,
  type LocaleConfig,
  type VersionConfig,
  type LayoutName,
  type SocialLinkConfig,
  type SidebarConfig,
  type SidebarEntryConfig,
  type BannerConfig,
  type HeadTagConfig,
} from './config/define-config.js';
export { loadConfig, CONFIG_FILES } from './config/load-config.js';
export { resolveConfig, type ResolvedConfig, type BuildOverrides } from './config/resolve-config.js';
export { formatDiagnostic, type Diagnostic, type Severity } from './diagnostics/diagnostic.js';
export { GuidekitError } from './diagnostics/guidekit-error.js';
export { loadGuide, type LoadedGuide } from './builder/load-guide.js';
export { build } from './builder/build.js';
export { inferConfig, type InferredConfig } from './builder/infer-config.js';
export { createBuilder, type Builder, type BuildOptions, type BuildReport } from './builder/create-builder.js';
export { createSession, type Session } from './builder/create-session.js';
export { check, type CheckOptions, type CheckReport } from './builder/check.js';
export { CHECK_RULES, type CheckConfig, type CheckRule, type RuleLevel } from './config/check-config.js';
export type { Guide, PageNode, PageKind, SectionNumber, Author, FrontMatter, SidebarSettings, TocRange } from './model/guide.js';
export { walkPages } from './model/walk-pages.js';
export type { RenderContext, PageContext, SiteContext, NavItem, LinkItem, LinkRef, Layout } from './render/page-context.js';
export type { TocEntry } from './render/table-of-contents.js';
export type { ThemeManifest } from './theme/resolve-theme.js';
export { VERSION } from './support/version.js';
export { planVersionSnapshot, type VersionSnapshot } from './builder/version-snapshot.js';
