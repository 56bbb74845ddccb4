import { performance } from 'node:perf_hooks';
import { applyRuleLevels, checkGuide, createReport } from '../check/check-guide.js';
import { checkExternalLinks, type ExternalLinkUse } from '../check/external-links.js';
import type { Report } from '../check/check-input.js';
import type { ResolvedCheckConfig } from '../config/check-config.js';
import { loadConfig } from '../config/load-config.js';
import type { BuildOverrides } from '../config/resolve-config.js';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { readGitDates } from '../discover/read-git-dates.js';
import { createMarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { PageNode } from '../model/guide.js';
import { pageFile } from '../model/site-paths.js';
import { readComponentTemplates } from '../theme/component-templates.js';
import { resolveTheme } from '../theme/resolve-theme.js';
import { markerStamp } from '../write/write-output.js';
import { cachePath, cacheVersion, loadBuildState, releaseBuildState, saveBuildState } from './cache/build-cache.js';
import { linkCachePath, loadLinkCache, saveLinkCache } from './cache/link-cache.js';
import { checkAnchors } from './check-anchors.js';
import { readGuide } from './load-guide.js';
import { createMarkdownStage, type RenderedBodies } from './markdown-stage.js';

/** What to check, and how. */
export interface CheckOptions extends Pick<BuildOverrides, 'drafts'> {
  /** The content folder. */
  root: string;
  /** Reuse (and update) the build cache: a page unchanged since the last build or check is not rendered again. Default true. */
  cache?: boolean;
  /** Ask every http(s) URL the pages link to whether it answers. Default false. */
  external?: boolean;
  /** The day pages' ages are counted from, `YYYY-MM-DD`. Default: today. */
  today?: string;
}

/** What `guidekit check` found. `ok` is false when a finding is an error. */
export interface CheckReport {
  ok: boolean;
  /** Pages checked, in every locale. */
  pages: number;
  /** Pages whose markdown was rendered (the others' renderings came from the build cache). */
  rendered: number;
  /** External URLs asked for (not answered from the cache). */
  asked: number;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
  /** Milliseconds in all. */
  time: number;
}

/**
 * Checks a guide without writing a site: what the build reports (broken links and anchors, at the
 * level config `check.rules` gives them) and what an editor should fix (see `CHECK_RULES`).
 * Pages whose rendering the build cache holds are not rendered again, and the renderings it makes
 * are kept there for the next build. A problem with the call itself is thrown as a `GuidekitError`.
 */
export async function check(options: CheckOptions): Promise<CheckReport> {
  const started = performance.now();
  const config = await loadConfig(options.root, { drafts: options.drafts });
  const cacheFile = options.cache === false ? undefined : cachePath(config);
  const version = cacheVersion(config);
  const marker = await markerStamp(config.outDir);
  const state = loadBuildState(cacheFile, version, marker);
  const found = new DiagnosticBag();
  let pages = 0;
  let rendered = 0;
  let asked = 0;
  try {
    const built = new DiagnosticBag();
    const { guides, content } = readGuide(config, state.sources, built);
    const stage = createMarkdownStage(config, { root: config.root, drafts: options.drafts });
    // The pages render as a build renders them, so the build reuses their renderings.
    const components = readComponentTemplates(resolveTheme(config));
    const bodies = new Map<PageNode, RenderedMarkdown | undefined>();
    const runs: RenderedBodies[] = [];
    for (const guide of guides) {
      const run = await stage.run(guide, createMarkdownContext(guide, content, components), state, built, guides);
      checkAnchors(guide, run.bodies, built);
      run.bodies.forEach((body, node) => bodies.set(node, body));
      // The output folder's keys say its pages show their last rendering: not this one's.
      for (const node of run.rendered) state.outputs?.delete(pageFile(node.path));
      runs.push(run);
      rendered += run.rendered.size;
      pages += guide.pages.filter((node) => node.file && !node.untranslated).length;
    }
    applyRuleLevels(config.check, built.items).forEach((d) => found.add(d));
    const report = createReport(config.check, (d) => found.add(d));
    const staleOff = config.check.rules['stale-page'] === 'off';
    const lastCommits = staleOff || content.lastCommits.size > 0 ? content.lastCommits : readGitDates(config.root);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    guides.forEach((guide, i) => checkGuide({ config, guide, bodies, content, lastCommits, glossary: runs[i]!.context.glossary, today }, report));

    if (options.external && config.check.rules['external-link'] !== 'off') asked = await askExternalLinks(bodies, config.check.external, cacheFile, report);
    saveBuildState(cacheFile, version, marker ?? '', state);
  } finally {
    releaseBuildState(state);
  }
  const diagnostics = found.sorted();
  const errors = found.errors.length;
  return { ok: errors === 0, pages, rendered, asked, diagnostics, errors, warnings: found.warnings.length, time: performance.now() - started };
}

/**
 * Asks the http(s) URLs the pages link to (see `checkExternalLinks`), with the answers kept
 * beside the build cache; returns how many were asked rather than answered from there.
 */
async function askExternalLinks(
  bodies: Map<PageNode, RenderedMarkdown | undefined>,
  options: ResolvedCheckConfig['external'],
  cacheFile: string | undefined,
  report: Report,
): Promise<number> {
  const links: ExternalLinkUse[] = [];
  for (const [node, body] of bodies) {
    if (node.file && !node.untranslated) body?.data.external.forEach((link) => links.push({ ...link, file: node.file! }));
  }
  const linkFile = cacheFile && linkCachePath(cacheFile);
  const cache = loadLinkCache(linkFile);
  const before = new Map(cache);
  const now = Date.now();
  await checkExternalLinks(links, { ...options, cache, now }, report);
  saveLinkCache(linkFile, cache, now);
  return [...cache].filter(([url, status]) => before.get(url) !== status).length;
}
