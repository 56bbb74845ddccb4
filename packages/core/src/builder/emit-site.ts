import path from 'node:path';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { Content } from '../discover/read-content.js';
import { contentFileStamp, readContentFile } from '../discover/read-content-file.js';
import { readGitBlobs } from '../discover/read-git-ref.js';
import type { MarkdownContext } from '../markdown/markdown-context.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import { assetPath } from '../markdown/resolve-link.js';
import type { Guide, PageNode } from '../model/guide.js';
import { NOT_FOUND_FILE, pageFile, socialCardFile, THEME_ASSETS_PATH, variantPrefix } from '../model/site-paths.js';
import { createSidebarSignatures } from '../navigation/navigation.js';
import type { SearchIndexer } from '../outputs/search/search-index.js';
import { renderLatestAliases } from '../outputs/latest-aliases.js';
import { renderSiteFiles } from '../outputs/site-files.js';
import { renderSocialCard, socialCardFor } from '../outputs/social-cards/social-card.js';
import type { Renderer } from '../render/create-renderer.js';
import { createSidebars } from '../render/create-sidebars.js';
import { buildAuthorContext, buildNotFoundContext, buildPageContext, pageFeatures, type PageContext, type SiteContext } from '../render/page-context.js';
import { hashOf } from '../support/hash.js';
import { translatorFor } from '../render/ui-strings.js';
import type { Translation } from '../navigation/translations.js';
import type { VersionLink } from '../navigation/versions.js';
import type { BuildState } from './cache/build-state.js';
import type { OutputPlan } from '../write/output-plan.js';
import { renderKey, structureSignature } from './render-keys.js';
import { turnTaker } from './turn-taker.js';
import { wholeGuideOutputs, type WholeGuideOutput } from './whole-guide-outputs.js';

/** What a build's site is made from. */
export interface SiteInput {
  config: ResolvedConfig;
  guide: Guide;
  content: Content;
  site: SiteContext;
  renderer: Renderer;
  markdownContext: MarkdownContext;
  bodies: Map<PageNode, RenderedMarkdown | undefined>;
  /** The pages whose markdown this build rendered. */
  rendered: Set<PageNode>;
  state: BuildState;
  search: SearchIndexer;
  /** A watch build: the whole-guide outputs are kept for later, and the build never yields. */
  background: boolean;
  /**
   * With locales or versions: this tree is one of several. `shared` says it emits the files the
   * trees share (the site files, `public/` and the theme's assets), `copied` holds the assets
   * beside pages planned so far, `translations` finds a page in every locale of its version and
   * `versions` in every version of its locale.
   */
  variants?: {
    /** The latest version's trees, one per locale: the sitemap and `llms.txt` are theirs. */
    latest: readonly Guide[];
    shared: boolean;
    copied: Set<string>;
    translations: (guide: Guide, page: PageNode | string) => Translation[];
    versions: (guide: Guide, page: PageNode | string) => VersionLink[];
    /** What every tree's pages' translations and versions depend on: the pages of every tree. */
    salt: string;
  };
  /** The structure signature of this tree's last build. Default: the build state's. */
  previousStructure?: string;
}

/** What emitting the site did. */
export interface EmittedSite {
  /** HTML pages the site has, and those whose template was rendered. */
  pages: number;
  renderedPages: number;
  /** The outputs that hold the whole guide: planned, and (in the background) to be written later. */
  wholeGuide: WholeGuideOutput[];
  /** The structure signature the output keys were made with (see `structureSignature`). */
  structure: string;
}

/**
 * Plans every file of the site into `plan`: each page (rendered only when its key changed), the
 * author pages and 404, the print page and `llms-full.txt`, the small site files, and the files
 * copied from `public/`, beside the pages and from the theme. Page files are reported to the
 * search index as they are planned.
 */
export async function emitSite(input: SiteInput, plan: OutputPlan): Promise<EmittedSite> {
  const { config, guide, content, site, renderer, bodies, rendered, state, search } = input;
  const previous = state.outputs ?? new Map<string, string>();
  const variants = input.variants;
  const shared = variants?.shared ?? true;
  const translations = (page: PageNode | string) => variants?.translations(guide, page) ?? [];
  const versions = (page: PageNode | string) => variants?.versions(guide, page) ?? [];
  const previousStructure = 'previousStructure' in input ? input.previousStructure : state.structure;
  const sidebarSignature = createSidebarSignatures(guide, config.sidebar.expand);
  const themeSignature = hashOf(renderer.signature, JSON.stringify(site));
  const structure = structureSignature(guide, variants ? hashOf(themeSignature, variants.salt) : themeSignature);
  const sidebars = createSidebars(guide, config.sidebar.expand);
  const pageOptions = {
    toc: config.toc,
    ...(config.image ? { image: config.image } : {}),
    ...(config.socialCards ? { card: (node: PageNode) => socialCardFile(node.path) } : {}),
  };
  let pages = 0;
  let renderedPages = 0;
  const renderPage = (page: PageContext, node: PageNode | undefined) => {
    renderedPages++;
    return renderer.render({ site, page, nav: sidebars(node) });
  };
  const page = (file: string, makeContext: () => PageContext, node: PageNode | undefined, body?: RenderedMarkdown) => {
    pages++;
    const unchanged = structure === previousStructure && !(node && rendered.has(node)) && previous.has(file);
    let context: PageContext | undefined;
    const key = unchanged ? previous.get(file)! : renderKey((context = makeContext()), body, sidebarSignature(node), themeSignature);
    // The context is made without the body, which a key does not need: it is read (from the
    // build cache, maybe) only for a page that is rendered.
    const withBody = (page: PageContext) => (body ? { ...page, html: body.html } : page);
    const written = plan.emit(file, key, () => ({ content: renderPage(withBody(context ?? makeContext()), node) }));
    search.pageDone(file, written, written ? plan.pathOf(file) : undefined);
  };

  if (shared) for (const file of content.files.publicFiles) plan.copy(file, path.join(config.root, 'public', file));
  const assets = new Set<string>();
  const features = new Set<string>();
  // In the background (watch), nothing waits on the pages: a turn would only let the index's
  // timer, or a browser, in while they are half written.
  const turn = input.background ? () => undefined : turnTaker();
  for (const node of guide.pages) {
    const body = bodies.get(node);
    const content = { html: '', headings: body?.data.headings ?? [], words: body?.data.words ?? 0, faq: body?.data.faq, features: pageFeatures(body?.data) };
    content.features.forEach((f) => features.add(f));
    page(pageFile(node.path), () => buildPageContext(guide, node, content, translations(node), versions(node), pageOptions), node, body);
    body?.data.assets.forEach((a) => assets.add(a));
    await turn();
  }
  if (config.socialCards) await planSocialCards(guide, config, plan);
  for (const author of guide.authors.values()) {
    page(pageFile(author.path), () => buildAuthorContext(guide, author, translations(author.path), versions(author.path)), undefined);
  }
  // A 404 page in each language; older versions have their latest's.
  if (guide.version?.latest !== false) {
    page(variantPrefix(guide) + NOT_FOUND_FILE, () => buildNotFoundContext(guide, translatorFor(site.strings, site.lang)('notFound.title')), undefined);
  }
  pages++;
  const wholeGuide = wholeGuideOutputs({
    guide,
    bodies,
    sources: content.sources,
    sourceHashes: state.sources,
    publicFiles: content.files.publicFiles,
    markdownContext: input.markdownContext,
    printKey: hashOf(themeSignature, sidebarSignature(undefined)),
    siteKey: JSON.stringify(site),
    renderPage: (page) => renderPage(page, undefined),
    ...(config.epub && {
      epub: {
        t: translatorFor(site.strings, site.lang),
        cover: config.epub.cover,
        readFile: (file: string) => readContentFile(config.root, file),
        stamp: (file: string) => contentFileStamp(config.root, file),
        generator: site.generator,
        // Its modules (the XML ones) load only in builds that write a book.
        render: (await import('../outputs/epub/render-epub.js')).renderEpub,
      },
    }),
  });
  for (const output of wholeGuide) {
    if (input.background) plan.keep(output.file);
    else plan.emit(output.file, output.key, output.produce);
  }
  if (guide.version?.latest) for (const [file, html] of renderLatestAliases(guide)) plan.emit(file, hashOf(html), () => ({ content: html }));
  if (shared) {
    for (const [file, text] of renderSiteFiles(guide, content.files.publicFiles, variants?.latest)) plan.emit(file, hashOf(text), () => ({ content: text }));
  }
  const copies = [...assets].sort().filter((file) => !variants?.copied.has(file));
  copies.forEach((file) => variants?.copied.add(file));
  const targetOf = (file: string) => assetPath(file, input.markdownContext.versionFolders);
  // An older version's assets come from git: the ones to write are read with one `git cat-file`.
  const staleBlobs = copies.flatMap((file) => {
    const blob = content.files.git.get(file);
    return blob && plan.stale(targetOf(file), `git:${blob}`) ? [blob] : [];
  });
  const blobs = readGitBlobs(config.root, staleBlobs);
  for (const file of copies) {
    const target = targetOf(file);
    const blob = content.files.git.get(file);
    if (blob) plan.emit(target, `git:${blob}`, () => ({ content: blobs.get(blob)! }));
    else plan.copy(target, path.join(config.root, file));
  }
  if (shared) for (const [file, source] of renderer.assets) plan.copy(`${THEME_ASSETS_PATH}${file}`, source);
  // KaTeX's files and mermaid only when a page of the guide has math or diagrams.
  for (const feature of features) {
    for (const [file, source] of renderer.features[feature]?.files ?? []) {
      const target = `${THEME_ASSETS_PATH}${file}`;
      if (variants?.copied.has(target)) continue;
      variants?.copied.add(target);
      plan.copy(target, source);
    }
  }
  return { pages, renderedPages, wholeGuide, structure };
}

/**
 * Plans a social card for every page of the guide; a card is drawn only when its key (its
 * title, chapter, the guide's name and accent) changed since the last build, or it went missing.
 */
async function planSocialCards(guide: Guide, config: ResolvedConfig, plan: OutputPlan): Promise<void> {
  for (const node of guide.pages) {
    const card = socialCardFor(guide, node, config.brand.accent);
    const png = plan.stale(card.file, card.key) ? await renderSocialCard(card, config.root) : undefined;
    plan.emit(card.file, card.key, () => ({ content: png! }));
  }
}
