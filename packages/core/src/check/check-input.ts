import type { CheckRule } from '../config/check-config.js';
import type { ResolvedConfig } from '../config/resolve-config.js';
import type { SourcePosition } from '../diagnostics/diagnostic.js';
import type { Content } from '../discover/read-content.js';
import type { Glossary } from '../markdown/glossary.js';
import type { RenderedMarkdown } from '../markdown/render-markdown.js';
import type { Guide, PageNode } from '../model/guide.js';

/** What `guidekit check` reads: one tree and its pages' rendered markdown, and what discovery found. */
export interface CheckInput {
  config: ResolvedConfig;
  guide: Guide;
  /** The rendered markdown of the pages of every tree (with locales, not only this one's). */
  bodies: ReadonlyMap<PageNode, RenderedMarkdown | undefined>;
  content: Pick<Content, 'files' | 'sources' | 'layout'>;
  /** The date of each file's last commit, where git knows it. */
  lastCommits: ReadonlyMap<string, string>;
  /** The glossary the pages were rendered with, when the guide has one. */
  glossary?: Glossary;
  /** Today, `YYYY-MM-DD`: what pages' ages are counted from. */
  today: string;
}

/** Reports a finding of a rule at its place; the rule's configured level decides whether and how. */
export type Report = (rule: CheckRule, message: string, at: { file?: string } & Partial<SourcePosition>, hint?: string) => void;

/** A rule: looks at the guide and reports what it finds. */
export type Rule = (input: CheckInput, report: Report) => void;

/** The pages of a tree that have their own source, left out the default locale's pages a translation shows. */
export function ownPages(guide: Guide): PageNode[] {
  return guide.pages.filter((node) => node.file !== undefined && !node.untranslated);
}

/** The start of a page's file: where a finding about the whole page is shown. */
export function pageStart(node: PageNode): { file?: string; line: number; column: number } {
  return { file: node.file, line: 1, column: 1 };
}
